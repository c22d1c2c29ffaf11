package cn.kaichuang.audit.internal;

import cn.kaichuang.audit.AuditEntry;
import cn.kaichuang.audit.AuditQuery;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/** Storage of one kind of chain; appends run under a lock so links never fork. */
interface ChainTable {

    /** Appends within one transaction holding the chain's lock; {@code next} builds the entry from the last one. */
    AuditEntry append(Function<Optional<AuditEntry>, AuditEntry> next);

    /**
     * Appends several links at once under one lock, one read of the last link and one batched
     * insert; {@code next} builds them, in order, from the last one.
     */
    default List<AuditEntry> appendAll(Function<Optional<AuditEntry>, List<AuditEntry>> next) {
        throw new UnsupportedOperationException("Batched appends are for institution chains");
    }

    <T> T readAll(Function<Stream<AuditEntry>, T> reader);

    List<AuditEntry> recent(int limit, String actionPrefix);

    List<AuditEntry> find(AuditQuery query, int offset, int limit);

    long count(AuditQuery query);
}
