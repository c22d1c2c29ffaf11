package cn.kaichuang.audit.internal;

import cn.kaichuang.audit.AuditEntry;
import cn.kaichuang.audit.AuditQuery;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** The chain of platform-wide changes in {@code platform.audit_entry}. */
@Component
class PlatformChainTable implements ChainTable {

    private static final String COLUMNS = "seq, occurred_at, actor, tenant_code, action, subject_type, subject_id,"
            + " before_digest, after_digest, prev_hash, hash";

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    PlatformChainTable(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        // Its own manager: the advisory lock below lives as long as this transaction.
        this.transaction = new TransactionTemplate(new JdbcTransactionManager(dataSource));
    }

    @Override
    public AuditEntry append(Function<Optional<AuditEntry>, AuditEntry> next) {
        return transaction.execute(status -> {
            jdbc.sql("select pg_advisory_xact_lock(hashtext('platform.audit_entry'))").query().singleRow();
            Optional<AuditEntry> last = jdbc.sql("select " + COLUMNS + " from platform.audit_entry order by seq desc limit 1")
                    .query(PlatformChainTable::row).optional();
            AuditEntry entry = next.apply(last);
            jdbc.sql("insert into platform.audit_entry (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(entry.seq(), Timestamp.from(entry.occurredAt()), entry.actor(), entry.tenant(),
                            entry.action(), entry.subjectType(), entry.subjectId(), entry.beforeDigest(),
                            entry.afterDigest(), entry.prevHash(), entry.hash())
                    .update();
            return entry;
        });
    }

    @Override
    public <T> T readAll(Function<Stream<AuditEntry>, T> reader) {
        try (Stream<AuditEntry> entries = jdbc.sql("select " + COLUMNS + " from platform.audit_entry order by seq")
                .query(PlatformChainTable::row).stream()) {
            return reader.apply(entries);
        }
    }

    @Override
    public List<AuditEntry> recent(int limit, String actionPrefix) {
        return jdbc.sql("select " + COLUMNS + " from platform.audit_entry where action like ? order by seq desc limit ?")
                .params(actionPrefix + "%", limit).query(PlatformChainTable::row).list();
    }

    @Override
    public List<AuditEntry> find(AuditQuery query, int offset, int limit) {
        AuditQuerySql sql = AuditQuerySql.of(query);
        List<Object> params = new java.util.ArrayList<>(sql.params());
        params.add(limit);
        params.add(offset);
        return jdbc.sql("select " + COLUMNS + " from platform.audit_entry" + sql.where() + sql.orderBy()
                + " limit ? offset ?").params(params).query(PlatformChainTable::row).list();
    }

    @Override
    public long count(AuditQuery query) {
        AuditQuerySql sql = AuditQuerySql.of(query);
        return jdbc.sql("select count(*) from platform.audit_entry" + sql.where()).params(sql.params())
                .query(Long.class).single();
    }

    static AuditEntry row(ResultSet rs, int n) throws SQLException {
        return new AuditEntry(rs.getLong("seq"), rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
                rs.getString("tenant_code"), rs.getString("action"), rs.getString("subject_type"),
                rs.getString("subject_id"), rs.getString("before_digest"), rs.getString("after_digest"),
                rs.getString("prev_hash"), rs.getString("hash"));
    }
}
