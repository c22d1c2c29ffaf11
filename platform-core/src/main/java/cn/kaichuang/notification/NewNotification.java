package cn.kaichuang.notification;

import org.jspecify.annotations.Nullable;

/**
 * A notification to deliver.
 *
 * @param tenant the institution it concerns (null for province-wide ones)
 * @param recipient the username it is for
 * @param kind a short code such as {@code session-reminder}
 * @param dedupKey when set, a second notification with the same key is not created (nor mailed)
 */
public record NewNotification(@Nullable String tenant, String recipient, String kind, String title, String body,
        @Nullable String link, @Nullable String dedupKey) {
}
