package cn.kaichuang.attendance.internal;

import cn.kaichuang.attendance.CheckInWindow;
import cn.kaichuang.cohort.Ids.SessionId;
import cn.kaichuang.tenancy.TenantContext;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.Session;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a check-in must know of its window: the window, its session's venue, who is enrolled and
 * who has checked in already. A class checks in within minutes, so the roster is read once per
 * window and kept for {@link #FRESH_FOR}: a check-in then needs no query of its own before its
 * insert. Staleness is bounded and safe: a window closed here is forgotten at once (closed on
 * another replica: at most {@link #FRESH_FOR} late, within its own end time, which is always
 * checked); a change of enrolment shows after {@link #FRESH_FOR}; a check-in this roster has not
 * seen (another replica, a correction) still meets the record's primary key at insert.
 */
@Component
public class WindowRosters {

    private static final Duration FRESH_FOR = Duration.ofSeconds(10);

    private static final String WINDOW = "select w.id, w.session_id, w.opens_at, w.closes_at, w.radius_m,"
            + " w.accuracy_limit_m, w.require_id_digits, w.closed_at, s.topic, s.venue_lat, s.venue_lon, s.cohort_id"
            + " from check_in_window w join cohort_session s on s.id = w.session_id where w.id = ?";
    private static final String ENROLLED = "select trainee_id from enrolment where cohort_id = ?";
    private static final String CHECKED_IN = "select trainee_id, min(checked_in_at) from attendance_record"
            + " where session_id = ? and method <> 'LEAVE' group by trainee_id";

    /** A window's roster; {@code checkedIn} grows as trainees check in through this replica. */
    public record Roster(CheckInWindow window, String topic, double venueLat, double venueLon, Set<Long> enrolled,
            Map<Long, Instant> checkedIn) {

        public boolean enrolled(long trainee) {
            return enrolled.contains(trainee);
        }

        public @Nullable Instant earlier(long trainee) {
            return checkedIn.get(trainee);
        }
    }

    private record Key(String tenant, long window) {
    }

    private final EntityManager entityManager;
    private final TransactionTemplate readOnly;
    private final Cache<Key, Roster> rosters = Caffeine.newBuilder().expireAfterWrite(FRESH_FOR)
            .maximumSize(10_000).build();

    WindowRosters(EntityManager entityManager, PlatformTransactionManager transactions) {
        this.entityManager = entityManager;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** The current institution's window, or empty when it has none of that id. */
    public Optional<Roster> of(long windowId) {
        Key key = new Key(TenantContext.require().value(), windowId);
        Roster known = rosters.getIfPresent(key);
        if (known != null) {
            return Optional.of(known);
        }
        // Its own short read-only transaction: none is held while the check-in waits for its commit.
        Optional<Roster> read = readOnly.execute(status -> entityManager.unwrap(Session.class)
                .doReturningWork(connection -> read(connection, windowId)));
        if (read == null || read.isEmpty()) {
            return Optional.empty();
        }
        rosters.put(key, read.get());
        return read;
    }

    public void checkedIn(long windowId, long trainee, Instant at) {
        Roster roster = rosters.getIfPresent(new Key(TenantContext.require().value(), windowId));
        if (roster != null) {
            roster.checkedIn().putIfAbsent(trainee, at);
        }
    }

    public void forget(long windowId) {
        rosters.invalidate(new Key(TenantContext.require().value(), windowId));
    }

    /** Plain JDBC on the transaction's connection (the institution's role and schema, as always). */
    private Optional<Roster> read(Connection connection, long windowId) throws SQLException {
        CheckInWindow window;
        String topic;
        double venueLat;
        double venueLon;
        long cohort;
        try (PreparedStatement query = connection.prepareStatement(WINDOW)) {
            query.setLong(1, windowId);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                window = new CheckInWindow(row.getLong(1), new SessionId(row.getLong(2)), instant(row, 3),
                        instant(row, 4), row.getInt(5), row.getInt(6), row.getBoolean(7), row.getObject(8) != null);
                topic = row.getString(9);
                venueLat = row.getDouble(10);
                venueLon = row.getDouble(11);
                cohort = row.getLong(12);
            }
        }
        Set<Long> enrolled = new HashSet<>();
        try (PreparedStatement query = connection.prepareStatement(ENROLLED)) {
            query.setLong(1, cohort);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    enrolled.add(row.getLong(1));
                }
            }
        }
        Map<Long, Instant> checkedIn = new ConcurrentHashMap<>();
        try (PreparedStatement query = connection.prepareStatement(CHECKED_IN)) {
            query.setLong(1, window.session().value());
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    checkedIn.put(row.getLong(1), instant(row, 2));
                }
            }
        }
        return Optional.of(new Roster(window, topic, venueLat, venueLon, Set.copyOf(enrolled), checkedIn));
    }

    private static Instant instant(ResultSet row, int column) throws SQLException {
        return row.getObject(column, OffsetDateTime.class).toInstant();
    }
}
