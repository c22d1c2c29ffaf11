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

    <T> T readAll(Function<Stream<AuditEntry>, T> reader);

    List<AuditEntry> recent(int limit, String actionPrefix);

    List<AuditEntry> find(AuditQuery query, int offset, int limit);

    long count(AuditQuery query);
}
