package cn.kaichuang.outreach.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** {@code platform.outreach_course}, its courseware items and the trainees' progress. */
@Component
public class CourseTable {

    public record Row(long id, String title, String description, Instant createdAt) {
    }

    public record ProgressRow(long courseId, long coursewareId, String tenant, String username, String displayName,
            int pages, int seconds, Instant updatedAt) {
    }

    private final JdbcClient jdbc;

    CourseTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(String title, String description, List<Long> coursewareIds, String by, Instant at) {
        long id = jdbc.sql("insert into platform.outreach_course (title, description, created_by, created_at)"
                        + " values (?, ?, ?, ?) returning id")
                .params(title, description, by, Timestamp.from(at)).query(Long.class).single();
        for (int i = 0; i < coursewareIds.size(); i++) {
            jdbc.sql("insert into platform.outreach_course_item (course_id, position, courseware_id) values (?, ?, ?)")
                    .params(id, i + 1, coursewareIds.get(i)).update();
        }
        return id;
    }

    public List<Row> all() {
        return jdbc.sql("select id, title, description, created_at from platform.outreach_course order by id desc")
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant())).list();
    }

    public Optional<Row> find(long id) {
        return jdbc.sql("select id, title, description, created_at from platform.outreach_course where id = ?")
                .param(id).query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant())).optional();
    }

    public List<Long> items(long courseId) {
        return jdbc.sql("select courseware_id from platform.outreach_course_item where course_id = ? order by position")
                .param(courseId).query(Long.class).list();
    }

    /** Adds to the seconds watched and keeps the furthest page reached. */
    public void record(long courseId, long coursewareId, String tenant, String username, String name, int pages,
            int seconds, Instant at) {
        jdbc.sql("insert into platform.outreach_course_progress (course_id, courseware_id, tenant_code, username,"
                        + " display_name, pages, seconds, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?)"
                        + " on conflict (course_id, courseware_id, tenant_code, username) do update set"
                        + " pages = greatest(outreach_course_progress.pages, excluded.pages),"
                        + " seconds = outreach_course_progress.seconds + excluded.seconds, updated_at = excluded.updated_at")
                .params(courseId, coursewareId, tenant, username, name, pages, seconds, Timestamp.from(at)).update();
    }

    public List<ProgressRow> progress(long courseId) {
        return jdbc.sql("select course_id, courseware_id, tenant_code, username, display_name, pages, seconds, updated_at"
                        + " from platform.outreach_course_progress where course_id = ? order by tenant_code, username")
                .param(courseId).query((rs, n) -> new ProgressRow(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getInt(6), rs.getInt(7), rs.getTimestamp(8).toInstant()))
                .list();
    }

    public List<ProgressRow> progressOf(long courseId, String tenant, String username) {
        return progress(courseId).stream().filter(p -> p.tenant().equals(tenant) && p.username().equals(username))
                .toList();
    }
}
