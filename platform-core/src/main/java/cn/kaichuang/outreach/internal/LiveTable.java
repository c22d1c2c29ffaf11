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

/** {@code platform.outreach_live} and who attended. */
@Component
public class LiveTable {

    public record Row(long id, String title, String description, String streamUrl, @Nullable String replayUrl,
            Instant startsAt, Instant endsAt, long attendees) {
    }

    public record AttendanceRow(long liveId, String tenant, String username, String displayName, Instant joinedAt) {
    }

    private static final String COLUMNS = "l.id, l.title, l.description, l.stream_url, l.replay_url, l.starts_at, l.ends_at,"
            + " (select count(*) from platform.outreach_live_attendance a where a.live_id = l.id)";

    private final JdbcClient jdbc;

    LiveTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(String title, String description, String streamUrl, Instant startsAt, Instant endsAt, String by,
            Instant at) {
        return jdbc.sql("insert into platform.outreach_live (title, description, stream_url, starts_at, ends_at,"
                        + " created_by, created_at) values (?, ?, ?, ?, ?, ?, ?) returning id")
                .params(title, description, streamUrl, Timestamp.from(startsAt), Timestamp.from(endsAt), by,
                        Timestamp.from(at)).query(Long.class).single();
    }

    public void setReplay(long id, String url) {
        jdbc.sql("update platform.outreach_live set replay_url = ? where id = ?").params(url, id).update();
    }

    public Optional<Row> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from platform.outreach_live l where l.id = ?").param(id)
                .query(this::row).optional();
    }

    public List<Row> all() {
        return jdbc.sql("select " + COLUMNS + " from platform.outreach_live l order by l.starts_at desc")
                .query(this::row).list();
    }

    /** Records the first time a trainee opened the session while it ran. */
    public boolean attend(long id, String tenant, String username, String name, Instant at) {
        return jdbc.sql("insert into platform.outreach_live_attendance (live_id, tenant_code, username, display_name,"
                        + " joined_at) values (?, ?, ?, ?, ?) on conflict do nothing")
                .params(id, tenant, username, name, Timestamp.from(at)).update() > 0;
    }

    public List<AttendanceRow> attendance(long id) {
        return jdbc.sql("select live_id, tenant_code, username, display_name, joined_at from platform.outreach_live_attendance"
                        + " where live_id = ? order by joined_at").param(id)
                .query((rs, n) -> new AttendanceRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant())).list();
    }

    private Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getTimestamp(6).toInstant(), rs.getTimestamp(7).toInstant(), rs.getLong(8));
    }
}
