package cn.kaichuang.notification.internal;

import cn.kaichuang.notification.NewNotification;
import cn.kaichuang.notification.Notification;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The tables {@code platform.notification} and {@code platform.notification_address}, always on a
 * connection of their own: a feature's JPA transaction acts as an institution's role, which
 * cannot reach schema {@code platform}.
 */
@Component
public class NotificationTable {

    private static final String COLUMNS = "id, kind, title, body, link, created_at, read_at";

    private final JdbcClient jdbc;
    private final TransactionTemplate platform;

    NotificationTable(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.platform = new TransactionTemplate(new Independent(dataSource));
        this.platform.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The new row's id, or empty when one with the same dedup key exists (another run or node made it). */
    public OptionalLong insert(NewNotification n, Instant at) {
        return call(() -> jdbc.sql("insert into platform.notification (tenant_code, recipient, kind, title, body, link,"
                        + " dedup_key, created_at) values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (dedup_key) do nothing"
                        + " returning id")
                .params(n.tenant(), n.recipient(), n.kind(), n.title(), n.body(), n.link(), n.dedupKey(),
                        Timestamp.from(at))
                .query(Long.class).optional().map(OptionalLong::of).orElse(OptionalLong.empty()));
    }

    public void mailed(long id, Instant at) {
        call(() -> jdbc.sql("update platform.notification set mailed_at = ? where id = ?").params(Timestamp.from(at), id)
                .update());
    }

    /** The recipient's notifications of the given institution and province-wide ones, newest first. */
    public List<Notification> of(String recipient, @Nullable String tenant, int limit) {
        return call(() -> jdbc.sql("select " + COLUMNS + " from platform.notification where recipient = ? and"
                        + " (tenant_code is null or tenant_code = ?) order by created_at desc, id desc limit ?")
                .params(recipient, tenant, limit).query(NotificationTable::row).list());
    }

    public int unread(String recipient, @Nullable String tenant) {
        return call(() -> jdbc.sql("select count(*) from platform.notification where recipient = ? and read_at is null"
                        + " and (tenant_code is null or tenant_code = ?)").params(recipient, tenant)
                .query(Integer.class).single());
    }

    /** Marks one of the recipient's notifications read; the rows changed. */
    public int markRead(String recipient, long id, Instant at) {
        return call(() -> jdbc.sql("update platform.notification set read_at = ? where recipient = ? and read_at is null"
                + " and id = ?").params(Timestamp.from(at), recipient, id).update());
    }

    /** Marks all of what {@link #of} lists read; the rows changed. */
    public int markAllRead(String recipient, @Nullable String tenant, Instant at) {
        return call(() -> jdbc.sql("update platform.notification set read_at = ? where recipient = ? and read_at is null"
                + " and (tenant_code is null or tenant_code = ?)").params(Timestamp.from(at), recipient, tenant)
                .update());
    }

    public boolean owned(long id, String recipient) {
        return call(() -> jdbc.sql("select count(*) from platform.notification where id = ? and recipient = ?")
                .params(id, recipient).query(Integer.class).single() > 0);
    }

    public Optional<String> email(String username) {
        return call(() -> jdbc.sql("select email from platform.notification_address where username = ?")
                .param(username).query(String.class).optional());
    }

    public void setEmail(String username, @Nullable String email, Instant at) {
        call(() -> email == null
                ? jdbc.sql("delete from platform.notification_address where username = ?").param(username).update()
                : jdbc.sql("insert into platform.notification_address (username, email, updated_at) values (?, ?, ?)"
                        + " on conflict (username) do update set email = excluded.email, updated_at ="
                        + " excluded.updated_at").params(username, email, Timestamp.from(at)).update());
    }

    private <T> T call(Supplier<T> work) {
        return platform.execute(status -> work.get());
    }

    private static Notification row(ResultSet rs, int n) throws SQLException {
        Timestamp read = rs.getTimestamp("read_at");
        return new Notification(rs.getLong("id"), rs.getString("kind"), rs.getString("title"), rs.getString("body"),
                rs.getString("link"), rs.getTimestamp("created_at").toInstant(), read == null ? null : read.toInstant());
    }

    /** Suspends a surrounding JPA transaction (whose connection acts as an institution) instead of joining it. */
    private static final class Independent extends JdbcTransactionManager {

        Independent(DataSource dataSource) {
            super(dataSource);
        }

        @Override
        protected boolean isExistingTransaction(Object transaction) {
            return TransactionSynchronizationManager.hasResource(obtainDataSource())
                    || super.isExistingTransaction(transaction);
        }
    }
}
