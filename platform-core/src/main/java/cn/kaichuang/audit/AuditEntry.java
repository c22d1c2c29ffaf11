package cn.kaichuang.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One link of an audit chain: its hash covers its content and the previous link's hash. */
public record AuditEntry(long seq, Instant occurredAt, String actor, @Nullable String tenant, String action,
        String subjectType, String subjectId, @Nullable String beforeDigest, @Nullable String afterDigest,
        String prevHash, String hash) {
}
