package cn.kaichuang.notification;

import cn.kaichuang.identity.AccessPolicy;
import cn.kaichuang.identity.Caller;
import cn.kaichuang.notification.internal.NotificationMail;
import cn.kaichuang.notification.internal.NotificationTable;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The signed-in person's notification centre (list, unread count, mark read, their e-mail address)
 * and delivery for features and jobs ({@link #notifyOnce}).
 */
@Service
public class Notifications {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");
    private static final int PAGE = 50;

    private final NotificationTable table;
    private final NotificationMail mail;
    private final NotificationProperties properties;
    private final AccessPolicy policy;
    private final Clock clock;

    Notifications(NotificationTable table, NotificationMail mail, NotificationProperties properties,
            AccessPolicy policy, Optional<Clock> clock) {
        this.table = table;
        this.mail = mail;
        this.properties = properties;
        this.policy = policy;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /**
     * Delivers a notification: stored for the recipient and, when SMTP is configured and they gave
     * an address, e-mailed. With a dedup key it happens at most once across runs and cluster nodes
     * (the database's unique key decides who made it; only that one mails). Returns whether it was new.
     */
    public boolean notifyOnce(NewNotification notification) {
        OptionalLong id = table.insert(notification, clock.instant());
        if (id.isEmpty()) {
            return false;
        }
        if (mail.configured()) {
            table.email(notification.recipient()).ifPresent(address -> {
                if (mail.send(properties.mailFrom(), address, notification.title(), notification.body())) {
                    table.mailed(id.getAsLong(), clock.instant());
                }
            });
        }
        return true;
    }

    public List<Notification> mine() {
        Caller caller = policy.caller();
        return table.of(caller.username(), caller.tenant(), PAGE);
    }

    public int unreadCount() {
        Caller caller = policy.caller();
        return caller.isSystem() ? 0 : table.unread(caller.username(), caller.tenant());
    }

    /** Marks one of the caller's notifications read; another person's id is not found (and audited). */
    public void markRead(long id) {
        Caller caller = policy.caller();
        if (table.markRead(caller.username(), id, clock.instant()) == 0 && !table.owned(id, caller.username())) {
            policy.refused(caller, "notification", id);
            throw new NotificationException("notification.error.not-found");
        }
    }

    public int markAllRead() {
        Caller caller = policy.caller();
        return table.markAllRead(caller.username(), caller.tenant(), clock.instant());
    }

    public Optional<String> myEmail() {
        return table.email(policy.caller().username());
    }

    /** Sets (or, blank, removes) the caller's address for notification e-mails. */
    public void setMyEmail(@Nullable String email) {
        String value = email == null ? "" : email.strip();
        if (!value.isEmpty() && (value.length() > 254 || !EMAIL.matcher(value).matches())) {
            throw new NotificationException("notification.error.email");
        }
        table.setEmail(policy.caller().username(), value.isEmpty() ? null : value, clock.instant());
    }

    public boolean mailConfigured() {
        return mail.configured();
    }
}
