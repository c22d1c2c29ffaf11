package cn.kaichuang.outreach.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** {@code platform.outreach_event} and its registrations. */
@Component
public class EventTable {

    public record Row(long id, String title, String description, String place, Instant startsAt, Instant endsAt,
            int capacity, long registered, long waiting) {
    }

    public record RegistrationRow(long id, long eventId, String tenant, String username, String displayName,
            String status, Instant registeredAt, @Nullable Instant checkedInAt) {
    }

    private static final String COLUMNS = "e.id, e.title, e.description, e.place, e.starts_at, e.ends_at, e.capacity,"
            + " (select count(*) from platform.outreach_event_registration r where r.event_id = e.id and r.status = 'REGISTERED'),"
            + " (select count(*) from platform.outreach_event_registration r where r.event_id = e.id and r.status = 'WAITING')";
    private static final String REGISTRATION = "id, event_id, tenant_code, username, display_name, status,"
            + " registered_at, checked_in_at";

    private final JdbcClient jdbc;

    EventTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(String title, String description, String place, Instant startsAt, Instant endsAt, int capacity,
            String by, Instant at) {
        return jdbc.sql("insert into platform.outreach_event (title, description, place, starts_at, ends_at, capacity,"
                        + " created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?) returning id")
                .params(title, description, place, Timestamp.from(startsAt), Timestamp.from(endsAt), capacity, by,
                        Timestamp.from(at)).query(Long.class).single();
    }

    public Optional<Row> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from platform.outreach_event e where e.id = ?").param(id)
                .query(this::row).optional();
    }

    /** Locks the event until the transaction ends: registrations and cancellations of one event queue up. */
    public Optional<Row> lock(long id) {
        jdbc.sql("select id from platform.outreach_event where id = ? for update").param(id).query(Long.class).optional();
        return find(id);
    }

    public List<Row> endingAfter(Instant at) {
        return jdbc.sql("select " + COLUMNS + " from platform.outreach_event e where e.ends_at > ? order by e.starts_at")
                .param(Timestamp.from(at)).query(this::row).list();
    }

    public List<Row> all() {
        return jdbc.sql("select " + COLUMNS + " from platform.outreach_event e order by e.starts_at desc")
                .query(this::row).list();
    }

    public long register(long eventId, String tenant, String username, String name, String status, Instant at) {
        return jdbc.sql("insert into platform.outreach_event_registration (event_id, tenant_code, username,"
                        + " display_name, status, registered_at) values (?, ?, ?, ?, ?, ?) returning id")
                .params(eventId, tenant, username, name, status, Timestamp.from(at)).query(Long.class).single();
    }

    public Optional<RegistrationRow> active(long eventId, String tenant, String username) {
        return jdbc.sql("select " + REGISTRATION + " from platform.outreach_event_registration where event_id = ?"
                        + " and tenant_code = ? and username = ? and status <> 'CANCELLED'")
                .params(eventId, tenant, username).query(this::mapRegistration).optional();
    }

    public Optional<RegistrationRow> registration(long id) {
        return jdbc.sql("select " + REGISTRATION + " from platform.outreach_event_registration where id = ?")
                .param(id).query(this::mapRegistration).optional();
    }

    /** The longest-waiting registration of an event. */
    public Optional<RegistrationRow> firstWaiting(long eventId) {
        return jdbc.sql("select " + REGISTRATION + " from platform.outreach_event_registration where event_id = ?"
                        + " and status = 'WAITING' order by registered_at, id limit 1")
                .param(eventId).query(this::mapRegistration).optional();
    }

    public void setStatus(long id, String status) {
        jdbc.sql("update platform.outreach_event_registration set status = ? where id = ?").params(status, id).update();
    }

    public void checkIn(long id, String by, Instant at) {
        jdbc.sql("update platform.outreach_event_registration set checked_in_at = ?, checked_in_by = ? where id = ?")
                .params(Timestamp.from(at), by, id).update();
    }

    public List<RegistrationRow> registrations(long eventId) {
        return jdbc.sql("select " + REGISTRATION + " from platform.outreach_event_registration where event_id = ?"
                + " order by registered_at, id").param(eventId).query(this::mapRegistration).list();
    }

    public List<RegistrationRow> of(String tenant, String username) {
        return jdbc.sql("select " + REGISTRATION + " from platform.outreach_event_registration where tenant_code = ?"
                + " and username = ? order by registered_at desc").params(tenant, username)
                .query(this::mapRegistration).list();
    }

    private Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getTimestamp(5).toInstant(),
                rs.getTimestamp(6).toInstant(), rs.getInt(7), rs.getLong(8), rs.getLong(9));
    }

    private RegistrationRow mapRegistration(ResultSet rs, int n) throws SQLException {
        Timestamp checked = rs.getTimestamp(8);
        return new RegistrationRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getTimestamp(7).toInstant(), checked == null ? null : checked.toInstant());
    }
}
