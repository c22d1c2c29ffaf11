package cn.kaichuang.app.ui.question;

import cn.kaichuang.identity.AccessRefusedException;
import cn.kaichuang.question.QuestionException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/** Service calls from a question-bank component: a refusal becomes a localized error notification. */
record Feedback(Component component) {

    <T> @Nullable T attempt(Supplier<T> call) {
        try {
            return call.get();
        } catch (QuestionException e) {
            error(component.getTranslation(e.messageKey(), e.argument()));
        } catch (AccessRefusedException e) {
            error(component.getTranslation("question.error.forbidden", e.operation()));
        }
        return null;
    }

    boolean succeeds(Runnable call) {
        return attempt(() -> {
            call.run();
            return Boolean.TRUE;
        }) != null;
    }

    void error(String message) {
        Notification.show(message, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    void done(String messageKey, Object... arguments) {
        Notification.show(component.getTranslation(messageKey, arguments), 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
