package cn.kaichuang.audit;

import org.jspecify.annotations.Nullable;

/**
 * One state change, as a service reports it. {@code before} and {@code after} are canonical
 * renderings of the state (a record's {@code toString()} does); only their digests are kept,
 * so the trail proves what changed without copying personal data into it.
 */
public record AuditEvent(String action, String subjectType, String subjectId, @Nullable Object before,
        @Nullable Object after) {

    public static AuditEvent created(String subjectType, Object id, Object after) {
        return new AuditEvent(subjectType + ".created", subjectType, String.valueOf(id), null, after);
    }

    public static AuditEvent changed(String action, String subjectType, Object id, @Nullable Object before,
            @Nullable Object after) {
        return new AuditEvent(action, subjectType, String.valueOf(id), before, after);
    }
}
