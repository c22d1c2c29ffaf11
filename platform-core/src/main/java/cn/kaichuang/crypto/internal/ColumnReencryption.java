package cn.kaichuang.crypto.internal;

import cn.kaichuang.crypto.PiiCipher;
import cn.kaichuang.crypto.PiiColumn;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import org.hibernate.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Walks one column of the current institution in key order, a batch per transaction. A row is
 * updated only if it still holds the value that was read, so a write by the application in
 * between (already under the active key) is never overwritten with older data.
 */
@Component
public class ColumnReencryption {

    public record Result(long reencrypted, long alreadyRotated, long changedMeanwhile) {
    }

    private record Row(long id, String value) {
    }

    private final PiiCipher cipher;
    private final EntityManager entityManager;
    private final TransactionTemplate transaction;

    ColumnReencryption(PiiCipher cipher, EntityManager entityManager, PlatformTransactionManager transactions) {
        this.cipher = cipher;
        this.entityManager = entityManager;
        this.transaction = new TransactionTemplate(transactions);
    }

    public Result run(PiiColumn column, String toKey, int batchSize, LongConsumer progress) {
        long already = count(column, toKey);
        long done = 0;
        long changed = 0;
        long after = Long.MIN_VALUE;
        while (true) {
            long from = after;
            long[] batch = transaction.execute(status -> work(c -> reencryptBatch(c, column, toKey, from, batchSize)));
            if (batch == null || batch[0] == 0) {
                break;
            }
            done += batch[1];
            changed += batch[0] - batch[1];
            after = batch[2];
            progress.accept(done);
        }
        return new Result(done, already, changed);
    }

    /** @return rows read, rows updated, last id read */
    private long[] reencryptBatch(Connection c, PiiColumn col, String toKey, long after, int batchSize)
            throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement("select " + col.idColumn() + ", " + col.column()
                + " from " + col.table() + " where " + col.idColumn() + " > ? and " + col.column() + " is not null"
                + " and not starts_with(" + col.column() + ", ?) order by " + col.idColumn() + " limit ?")) {
            select.setLong(1, after);
            select.setString(2, toKey + ":");
            select.setInt(3, batchSize);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getLong(1), rs.getString(2)));
                }
            }
        }
        long updated = 0;
        try (PreparedStatement update = c.prepareStatement("update " + col.table() + " set " + col.column()
                + " = ? where " + col.idColumn() + " = ? and " + col.column() + " = ?")) {
            for (Row row : rows) {
                update.setString(1, cipher.reencrypt(row.value(), toKey));
                update.setLong(2, row.id());
                update.setString(3, row.value());
                updated += update.executeUpdate();
            }
        }
        return new long[] {rows.size(), updated, rows.isEmpty() ? after : rows.getLast().id()};
    }

    private long count(PiiColumn col, String toKey) {
        Long n = transaction.execute(status -> work(c -> {
            try (PreparedStatement s = c.prepareStatement("select count(*) from " + col.table() + " where starts_with("
                    + col.column() + ", ?)")) {
                s.setString(1, toKey + ":");
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        }));
        return n == null ? 0 : n;
    }

    private <T> T work(org.hibernate.jdbc.ReturningWork<T> work) {
        return entityManager.unwrap(Session.class).doReturningWork(work);
    }
}
