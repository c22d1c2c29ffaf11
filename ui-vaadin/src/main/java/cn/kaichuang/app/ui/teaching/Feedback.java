package cn.kaichuang.app.ui.teaching;

import cn.kaichuang.identity.AccessRefusedException;
import cn.kaichuang.teaching.TeachingException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/** Teaching calls from a view: a refusal becomes a localized notification; argument keys are translated too. */
record Feedback(Component component) {

    <T> @Nullable T attempt(Supplier<T> call) {
        try {
            return call.get();
        } catch (TeachingException e) {
            error(message(component, e));
        } catch (AccessRefusedException e) {
            error(component.getTranslation("teaching.error.forbidden"));
        }
        return null;
    }

    boolean run(Runnable call) {
        return attempt(() -> {
            call.run();
            return Boolean.TRUE;
        }) != null;
    }

    static String message(Component component, TeachingException e) {
        Object[] arguments = e.arguments().stream()
                .map(a -> a.startsWith("teaching.") ? component.getTranslation(a) : a).toArray();
        return component.getTranslation(e.messageKey(), arguments);
    }

    void error(String message) {
        Notification.show(message, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    void done(String messageKey, Object... arguments) {
        Notification.show(component.getTranslation(messageKey, arguments), 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
