package cn.kaichuang.audit.internal;

import cn.kaichuang.audit.AuditEntry;
import cn.kaichuang.audit.AuditQuery;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.hibernate.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The chain of the current institution in its own schema. Appends join the caller's
 * transaction, so the entry commits or rolls back with the change it records.
 */
@Component
class TenantChainTable implements ChainTable {

    private static final String COLUMNS = "seq, occurred_at, actor, tenant_code, action, subject_type, subject_id,"
            + " before_digest, after_digest, prev_hash, hash";

    private final EntityManager entityManager;
    private final TransactionTemplate readOnly;

    TenantChainTable(EntityManager entityManager, PlatformTransactionManager transactionManager) {
        this.entityManager = entityManager;
        this.readOnly = new TransactionTemplate(transactionManager);
        this.readOnly.setReadOnly(true);
    }

    @Override
    public AuditEntry append(Function<Optional<AuditEntry>, AuditEntry> next) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("Audit entries are written inside the transaction of the change");
        }
        return jdbc(connection -> {
            try (PreparedStatement lock = connection.prepareStatement(
                    "select pg_advisory_xact_lock(hashtext(current_schema() || '.audit_entry'))")) {
                lock.execute();
            }
            Optional<AuditEntry> last = query(connection,
                    "select " + COLUMNS + " from audit_entry order by seq desc limit 1").stream().findFirst();
            AuditEntry entry = next.apply(last);
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into audit_entry (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                Object[] values = {entry.seq(), Timestamp.from(entry.occurredAt()), entry.actor(), entry.tenant(),
                    entry.action(), entry.subjectType(), entry.subjectId(), entry.beforeDigest(), entry.afterDigest(),
                    entry.prevHash(), entry.hash()};
                for (int i = 0; i < values.length; i++) {
                    insert.setObject(i + 1, values[i]);
                }
                insert.executeUpdate();
            }
            return entry;
        });
    }

    @Override
    public List<AuditEntry> appendAll(Function<Optional<AuditEntry>, List<AuditEntry>> next) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("Audit entries are written inside the transaction of the change");
        }
        return jdbc(connection -> {
            try (PreparedStatement lock = connection.prepareStatement(
                    "select pg_advisory_xact_lock(hashtext(current_schema() || '.audit_entry'))")) {
                lock.execute();
            }
            Optional<AuditEntry> last = query(connection,
                    "select " + COLUMNS + " from audit_entry order by seq desc limit 1").stream().findFirst();
            List<AuditEntry> entries = next.apply(last);
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into audit_entry (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (AuditEntry entry : entries) {
                    Object[] values = {entry.seq(), Timestamp.from(entry.occurredAt()), entry.actor(), entry.tenant(),
                        entry.action(), entry.subjectType(), entry.subjectId(), entry.beforeDigest(),
                        entry.afterDigest(), entry.prevHash(), entry.hash()};
                    for (int i = 0; i < values.length; i++) {
                        insert.setObject(i + 1, values[i]);
                    }
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return entries;
        });
    }

    @Override
    public <T> T readAll(Function<Stream<AuditEntry>, T> reader) {
        return readOnly.execute(status -> jdbc(connection ->
                reader.apply(query(connection, "select " + COLUMNS + " from audit_entry order by seq").stream())));
    }

    @Override
    public List<AuditEntry> recent(int limit, String actionPrefix) {
        return readOnly.execute(status -> jdbc(connection -> query(connection, "select " + COLUMNS
                + " from audit_entry where action like ? order by seq desc limit ?", actionPrefix + "%", limit)));
    }

    @Override
    public List<AuditEntry> find(AuditQuery query, int offset, int limit) {
        AuditQuerySql sql = AuditQuerySql.of(query);
        List<Object> params = new ArrayList<>(sql.params());
        params.add(limit);
        params.add(offset);
        return readOnly.execute(status -> jdbc(connection -> query(connection, "select " + COLUMNS
                + " from audit_entry" + sql.where() + sql.orderBy() + " limit ? offset ?", params.toArray())));
    }

    @Override
    public long count(AuditQuery query) {
        AuditQuerySql sql = AuditQuerySql.of(query);
        Long n = readOnly.execute(status -> jdbc(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "select count(*) from audit_entry" + sql.where())) {
                for (int i = 0; i < sql.params().size(); i++) {
                    statement.setObject(i + 1, sql.params().get(i));
                }
                try (ResultSet rs = statement.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        }));
        return n == null ? 0 : n;
    }

    private <T> T jdbc(org.hibernate.jdbc.ReturningWork<T> work) {
        return entityManager.unwrap(Session.class).doReturningWork(work);
    }

    private static List<AuditEntry> query(Connection connection, String sql, Object... params) throws SQLException {
        List<AuditEntry> entries = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    entries.add(PlatformChainTable.row(rs, entries.size()));
                }
            }
        }
        return entries;
    }
}
