package cn.kaichuang.notification;

import java.time.Instant;
import java.util.List;

/**
 * A feature's due dates (a plan deadline, a task's due date), implemented as a bean by the feature.
 * The reminder job asks every source, once per institution with {@code TenantContext} set and as
 * the platform, for what falls due before {@code until}; each item is notified once (by its key).
 */
public interface DueDateSource {

    /** Something due, for one person. {@code key} must be unique for the item and recipient. */
    record DueItem(String key, String recipient, String title, Instant dueAt, String link) {
    }

    List<DueItem> dueBefore(Instant now, Instant until);
}
