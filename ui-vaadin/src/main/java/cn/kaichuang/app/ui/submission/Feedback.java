package cn.kaichuang.app.ui.submission;

import cn.kaichuang.identity.AccessRefusedException;
import cn.kaichuang.submission.SubmissionException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Service calls from a plan component: a refusal becomes a localized error notification. Arguments
 * that are themselves keys (the section a problem is in) are translated too.
 */
record Feedback(Component component) {

    <T> @Nullable T attempt(Supplier<T> call) {
        try {
            return call.get();
        } catch (SubmissionException e) {
            error(message(component, e));
        } catch (AccessRefusedException e) {
            error(component.getTranslation("submission.error.forbidden"));
        }
        return null;
    }

    static String message(Component component, SubmissionException e) {
        Object[] arguments = e.arguments().stream()
                .map(a -> a.startsWith("submission.") ? component.getTranslation(a) : a).toArray();
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
