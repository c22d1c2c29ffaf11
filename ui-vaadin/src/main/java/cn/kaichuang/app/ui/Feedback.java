package cn.kaichuang.app.ui;

import cn.kaichuang.identity.AccessRefusedException;
import cn.kaichuang.identity.LocalizedRefusal;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Service calls from a feature's component: a refusal becomes a localized error notification
 * instead of an error page, and a success a short confirmation.
 *
 * @param forbiddenKey the feature's message for {@link AccessRefusedException}; its placeholder, if
 *     it has one, is filled with the refused operation
 */
public record Feedback(Component component, String forbiddenKey) {

    /** The call's result, or null when it was refused (and the user told why). */
    public <T> @Nullable T attempt(Supplier<T> call) {
        try {
            return call.get();
        } catch (AccessRefusedException e) {
            error(component.getTranslation(forbiddenKey, e.operation()));
        } catch (RuntimeException e) {
            // A catch clause cannot name an interface: every feature's refusal implements it.
            if (!(e instanceof LocalizedRefusal refusal)) {
                throw e;
            }
            error(message(component, refusal));
        }
        return null;
    }

    public boolean succeeds(Runnable call) {
        return attempt(() -> {
            call.run();
            return Boolean.TRUE;
        }) != null;
    }

    /** The refusal in the user's language; arguments in its key's namespace are keys and translated too. */
    public static String message(Component component, LocalizedRefusal refusal) {
        String key = refusal.messageKey();
        String namespace = key.substring(0, key.indexOf('.') + 1);
        Object[] arguments = refusal.arguments().stream()
                .map(a -> !namespace.isEmpty() && a.startsWith(namespace) ? component.getTranslation(a) : a)
                .toArray();
        return component.getTranslation(key, arguments);
    }

    public void error(String message) {
        Notification.show(message, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    public void done(String messageKey, Object... arguments) {
        Notification.show(component.getTranslation(messageKey, arguments), 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
