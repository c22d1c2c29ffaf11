package cn.kaichuang.outreach.internal;

import cn.kaichuang.cohort.CourseType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** {@code platform.outreach_policy} with its attachments and reads. */
@Component
public class PolicyTable {

    public record Row(long id, String title, String body, String issuerRegion, List<String> tags,
            Set<String> audienceRegions, Set<CourseType> audienceCourseTypes, String status, String publishedBy,
            Instant publishedAt) {
    }

    public record AttachmentRow(long id, long policyId, String objectKey, String sha256, long size,
            String contentType, String fileName, Instant uploadedAt) {
    }

    public record Reads(long policyId, String key, long readers, long reads) {
    }

    private static final String COLUMNS = "id, title, body, issuer_region, array_to_string(tags, '\u001f') as tags,"
            + " array_to_string(audience_regions, ',') as audience_regions,"
            + " array_to_string(audience_course_types, ',') as audience_course_types, status, published_by, published_at";

    private final JdbcClient jdbc;

    PolicyTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(String title, String body, String issuerRegion, List<String> tags, Set<String> regions,
            Set<CourseType> types, String by, Instant at) {
        return jdbc.sql("insert into platform.outreach_policy (title, body, issuer_region, tags, audience_regions,"
                        + " audience_course_types, published_by, published_at) values (?, ?, ?, ?, ?, ?, ?, ?) returning id")
                .params(title, body, issuerRegion, tags.toArray(String[]::new), regions.toArray(String[]::new),
                        types.stream().map(Enum::name).toArray(String[]::new), by, Timestamp.from(at))
                .query(Long.class).single();
    }

    public Optional<Row> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from platform.outreach_policy where id = ?").param(id)
                .query(this::row).optional();
    }

    /** Published policies whose title, text or tags contain {@code text} (all when blank), newest first. */
    public List<Row> published(@Nullable String text, @Nullable String tag) {
        String like = text == null || text.isBlank() ? null : "%" + text.strip().replace("%", "\\%") + "%";
        return jdbc.sql("select " + COLUMNS + " from platform.outreach_policy where status = 'PUBLISHED'"
                        + " and (cast(? as varchar) is null or title ilike ? or body ilike ?"
                        + "      or array_to_string(tags, ' ') ilike ?)"
                        + " and (cast(? as varchar) is null or ? = any(tags))"
                        + " order by published_at desc, id desc")
                .params(like, like, like, like, tag, tag).query(this::row).list();
    }

    public void setStatus(long id, String status) {
        jdbc.sql("update platform.outreach_policy set status = ? where id = ?").params(status, id).update();
    }

    public long insertAttachment(long policyId, String key, String sha256, long size, String type, String name,
            Instant at) {
        return jdbc.sql("insert into platform.outreach_policy_attachment (policy_id, object_key, sha256, size_bytes,"
                        + " content_type, file_name, uploaded_at) values (?, ?, ?, ?, ?, ?, ?) returning id")
                .params(policyId, key, sha256, size, type, name, Timestamp.from(at)).query(Long.class).single();
    }

    public List<AttachmentRow> attachments(long policyId) {
        return jdbc.sql("select id, policy_id, object_key, sha256, size_bytes, content_type, file_name, uploaded_at"
                        + " from platform.outreach_policy_attachment where policy_id = ? order by id")
                .param(policyId).query((rs, n) -> new AttachmentRow(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getString(4), rs.getLong(5), rs.getString(6), rs.getString(7),
                        rs.getTimestamp(8).toInstant())).list();
    }

    /** Records one read; the first read of a trainee counts them as a reader. */
    public void recordRead(long policyId, String tenant, String username, String region, Instant at) {
        jdbc.sql("insert into platform.outreach_policy_read (policy_id, tenant_code, username, region_code,"
                        + " first_read_at, last_read_at) values (?, ?, ?, ?, ?, ?)"
                        + " on conflict (policy_id, tenant_code, username)"
                        + " do update set read_count = outreach_policy_read.read_count + 1, last_read_at = excluded.last_read_at")
                .params(policyId, tenant, username, region, Timestamp.from(at), Timestamp.from(at)).update();
    }

    public List<Reads> readsPerPolicy() {
        return jdbc.sql("select p.id, p.title, count(r.username), coalesce(sum(r.read_count), 0)"
                        + " from platform.outreach_policy p left join platform.outreach_policy_read r on r.policy_id = p.id"
                        + " group by p.id, p.title order by p.id desc")
                .query((rs, n) -> new Reads(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4))).list();
    }

    public List<Reads> readsPerRegion(long policyId) {
        return jdbc.sql("select policy_id, region_code, count(*), sum(read_count) from platform.outreach_policy_read"
                        + " where policy_id = ? group by policy_id, region_code order by region_code")
                .param(policyId)
                .query((rs, n) -> new Reads(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4))).list();
    }

    public List<String> readers(long policyId) {
        return jdbc.sql("select tenant_code || '/' || username from platform.outreach_policy_read where policy_id = ?"
                + " order by first_read_at").param(policyId).query(String.class).list();
    }

    private Row row(ResultSet rs, int n) throws SQLException {
        String tags = rs.getString("tags");
        return new Row(rs.getLong("id"), rs.getString("title"), rs.getString("body"), rs.getString("issuer_region"),
                tags.isEmpty() ? List.of() : List.of(tags.split("\u001f")), split(rs.getString("audience_regions")),
                split(rs.getString("audience_course_types")).stream().map(CourseType::valueOf)
                        .collect(Collectors.toSet()),
                rs.getString("status"), rs.getString("published_by"), rs.getTimestamp("published_at").toInstant());
    }

    private static Set<String> split(String joined) {
        return joined.isEmpty() ? Set.of() : Set.copyOf(Arrays.asList(joined.split(",")));
    }
}
