package cn.kaichuang.lecturer.internal;

import cn.kaichuang.cohort.Ids.LecturerId;
import cn.kaichuang.lecturer.Activity;
import cn.kaichuang.lecturer.ActivityMode;
import cn.kaichuang.lecturer.NewActivity;
import cn.kaichuang.lecturer.Registration;
import cn.kaichuang.tenancy.TenantCode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The tables {@code platform.development_activity} and {@code platform.development_registration}. */
@Component
public class ActivityTables {

    private static final String ACTIVITY = "select a.id, a.title, a.mode, a.starts_at, a.ends_at, a.location,"
            + " a.capacity, a.description,"
            + " (select count(*) from platform.development_registration r where r.activity_id = a.id) as registered,"
            + " (select count(*) from platform.development_registration r where r.activity_id = a.id"
            + " and r.attended) as attended from platform.development_activity a";
    private static final String REGISTRATION = "select r.activity_id, r.tenant_code, t.name as institution_name,"
            + " r.lecturer_id, p.name as lecturer_name, r.registered_at, r.attended"
            + " from platform.development_registration r"
            + " join platform.lecturer_pool p on p.tenant_code = r.tenant_code and p.lecturer_id = r.lecturer_id"
            + " join platform.tenant t on t.code = r.tenant_code";

    private final JdbcClient jdbc;

    ActivityTables(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(NewActivity a, String by, Instant at) {
        return jdbc.sql("insert into platform.development_activity (title, mode, starts_at, ends_at, location,"
                        + " capacity, description, published_by, published_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        + " returning id")
                .params(a.title(), a.mode().name(), Timestamp.from(a.startsAt()), Timestamp.from(a.endsAt()),
                        a.location(), a.capacity(), a.description(), by, Timestamp.from(at))
                .query(Long.class).single();
    }

    /** The latest first. */
    public List<Activity> all() {
        return jdbc.sql(ACTIVITY + " order by a.starts_at desc, a.id desc").query(ActivityTables::activity).list();
    }

    public Optional<Activity> find(long id) {
        return jdbc.sql(ACTIVITY + " where a.id = ?").param(id).query(ActivityTables::activity).optional();
    }

    /** Locks the activity's row, so that concurrent registrations cannot overfill it. */
    public Optional<Integer> lockCapacity(long id) {
        return jdbc.sql("select capacity from platform.development_activity where id = ? for update").param(id)
                .query(Integer.class).optional();
    }

    public int registeredCount(long id) {
        return jdbc.sql("select count(*) from platform.development_registration where activity_id = ?").param(id)
                .query(Integer.class).single();
    }

    /** False when the lecturer was registered already. */
    public boolean register(long activity, TenantCode tenant, LecturerId lecturer, String by, Instant at) {
        return jdbc.sql("insert into platform.development_registration (activity_id, tenant_code, lecturer_id,"
                        + " registered_by, registered_at) values (?, ?, ?, ?, ?) on conflict do nothing")
                .params(activity, tenant.value(), lecturer.value(), by, Timestamp.from(at)).update() == 1;
    }

    public boolean cancel(long activity, TenantCode tenant, LecturerId lecturer) {
        return jdbc.sql("delete from platform.development_registration where activity_id = ? and tenant_code = ?"
                        + " and lecturer_id = ?")
                .params(activity, tenant.value(), lecturer.value()).update() == 1;
    }

    public boolean recordAttendance(long activity, TenantCode tenant, LecturerId lecturer, boolean attended, String by,
            Instant at) {
        return jdbc.sql("update platform.development_registration set attended = ?, recorded_by = ?, recorded_at = ?"
                        + " where activity_id = ? and tenant_code = ? and lecturer_id = ?")
                .params(attended, by, Timestamp.from(at), activity, tenant.value(), lecturer.value()).update() == 1;
    }

    public List<Registration> registrations(long activity) {
        return jdbc.sql(REGISTRATION + " where r.activity_id = ? order by t.name, p.name").param(activity)
                .query(ActivityTables::registration).list();
    }

    public List<Registration> registrationsOf(TenantCode tenant, LecturerId lecturer) {
        return jdbc.sql(REGISTRATION + " where r.tenant_code = ? and r.lecturer_id = ?")
                .params(tenant.value(), lecturer.value()).query(ActivityTables::registration).list();
    }

    private static Activity activity(ResultSet rs, int n) throws SQLException {
        return new Activity(rs.getLong("id"), rs.getString("title"), ActivityMode.valueOf(rs.getString("mode")),
                rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant(),
                rs.getString("location"), rs.getInt("capacity"), rs.getString("description"),
                rs.getInt("registered"), rs.getInt("attended"));
    }

    private static Registration registration(ResultSet rs, int n) throws SQLException {
        boolean attended = rs.getBoolean("attended");
        return new Registration(rs.getLong("activity_id"), TenantCode.of(rs.getString("tenant_code")),
                rs.getString("institution_name"), new LecturerId(rs.getLong("lecturer_id")),
                rs.getString("lecturer_name"), rs.getTimestamp("registered_at").toInstant(),
                rs.wasNull() ? null : attended);
    }
}
