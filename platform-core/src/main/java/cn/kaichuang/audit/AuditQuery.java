package cn.kaichuang.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Which entries of a chain to list; every criterion is optional.
 *
 * @param actor part of the actor's name, any case
 * @param action start of the action, e.g. {@code trainee.} or {@code tenant.created}
 * @param from earliest time, inclusive
 * @param to latest time, exclusive
 * @param sort order of the list
 * @param ascending direction of {@code sort}
 */
public record AuditQuery(@Nullable String actor, @Nullable String action, @Nullable Instant from, @Nullable Instant to,
        Sort sort, boolean ascending) {

    public enum Sort { SEQ, OCCURRED_AT, ACTOR, ACTION }

    /** Everything, newest first. */
    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, Sort.SEQ, false);
    }

    public AuditQuery sortedBy(Sort by, boolean up) {
        return new AuditQuery(actor, action, from, to, by, up);
    }
}
