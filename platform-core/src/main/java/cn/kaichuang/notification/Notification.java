package cn.kaichuang.notification;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One entry of a person's notification centre; {@code link} is a route of the web application. */
public record Notification(long id, String kind, String title, String body, @Nullable String link,
        Instant createdAt, @Nullable Instant readAt) {

    public boolean unread() {
        return readAt == null;
    }
}
