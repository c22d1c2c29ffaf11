package cn.kaichuang.courseware.internal;

import cn.kaichuang.cohort.CourseType;
import cn.kaichuang.courseware.CoursewareId;
import cn.kaichuang.courseware.CoursewareItem;
import cn.kaichuang.courseware.CoursewareQuery;
import cn.kaichuang.courseware.CoursewareStatus;
import cn.kaichuang.courseware.CoursewareVersion;
import cn.kaichuang.courseware.NewCourseware;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The tables {@code platform.courseware} and {@code platform.courseware_version}. Run outside any
 * JPA transaction: that connection acts as an institution's role and cannot read them.
 */
@Component
public class CoursewareTable {

    private static final String ITEM_COLUMNS = "c.id, c.title, array_to_string(c.course_types, ',') as course_types,"
            + " c.module, c.knowledge_point, c.description, c.status, c.published_version, c.updated_at,"
            + " coalesce((select max(v.number) from platform.courseware_version v where v.courseware_id = c.id), 0)"
            + " as latest_version";
    private static final String VERSION_COLUMNS = "courseware_id, number, object_key, sha256, size_bytes, content_type,"
            + " file_name, uploaded_by, uploaded_at, change_note";

    private final JdbcClient jdbc;

    CoursewareTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public CoursewareId insert(NewCourseware item, String by, Instant at) {
        long id = jdbc.sql("insert into platform.courseware (title, course_types, module, knowledge_point, description,"
                        + " created_by, created_at, updated_at) values (?, string_to_array(?, ','), ?, ?, ?, ?, ?, ?)"
                        + " returning id")
                .params(item.title(), courseTypes(item.courseTypes()), item.module(), item.knowledgePoint(),
                        item.description(), by, Timestamp.from(at), Timestamp.from(at))
                .query(Long.class).single();
        return new CoursewareId(id);
    }

    public Optional<CoursewareItem> find(CoursewareId id) {
        return jdbc.sql("select " + ITEM_COLUMNS + " from platform.courseware c where c.id = ?").param(id.value())
                .query(this::item).optional();
    }

    /** Locks the item's row until the transaction ends, so two uploads do not take the same number. */
    public Optional<CoursewareItem> lock(CoursewareId id) {
        return jdbc.sql("select " + ITEM_COLUMNS + " from platform.courseware c where c.id = ? for update")
                .param(id.value()).query(this::item).optional();
    }

    public List<CoursewareItem> findAll(Collection<CoursewareId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Long[] values = ids.stream().map(CoursewareId::value).toArray(Long[]::new);
        return jdbc.sql("select " + ITEM_COLUMNS + " from platform.courseware c where c.id = any(?)")
                .param(values).query(this::item).list();
    }

    /** The newest changes first. */
    public List<CoursewareItem> search(CoursewareQuery query, int offset, int limit) {
        Where where = where(query);
        List<Object> params = new ArrayList<>(where.params());
        params.add(limit);
        params.add(offset);
        return jdbc.sql("select " + ITEM_COLUMNS + " from platform.courseware c" + where.sql()
                        + " order by c.updated_at desc, c.id desc limit ? offset ?")
                .params(params).query(this::item).list();
    }

    public long count(CoursewareQuery query) {
        Where where = where(query);
        return jdbc.sql("select count(*) from platform.courseware c" + where.sql()).params(where.params())
                .query(Long.class).single();
    }

    public void setStatus(CoursewareId id, CoursewareStatus status, @Nullable Integer publishedVersion, Instant at) {
        jdbc.sql("update platform.courseware set status = ?, published_version = ?, updated_at = ? where id = ?")
                .params(status.name(), publishedVersion, Timestamp.from(at), id.value()).update();
    }

    public void insertVersion(CoursewareVersion v) {
        jdbc.sql("insert into platform.courseware_version (" + VERSION_COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(v.item().value(), v.number(), v.objectKey(), v.sha256Hex(), v.size(), v.contentType(),
                        v.fileName(), v.uploadedBy(), Timestamp.from(v.uploadedAt()), v.changeNote())
                .update();
        jdbc.sql("update platform.courseware set updated_at = ? where id = ?")
                .params(Timestamp.from(v.uploadedAt()), v.item().value()).update();
    }

    /** The newest first. */
    public List<CoursewareVersion> versions(CoursewareId id) {
        return jdbc.sql("select " + VERSION_COLUMNS + " from platform.courseware_version where courseware_id = ?"
                        + " order by number desc")
                .param(id.value()).query(this::version).list();
    }

    public Optional<CoursewareVersion> version(CoursewareId id, int number) {
        return jdbc.sql("select " + VERSION_COLUMNS + " from platform.courseware_version"
                        + " where courseware_id = ? and number = ?")
                .params(id.value(), number).query(this::version).optional();
    }

    private static Where where(CoursewareQuery query) {
        StringBuilder sql = new StringBuilder(" where true");
        List<Object> params = new ArrayList<>();
        String text = query.text();
        if (text != null && !text.isBlank()) {
            sql.append(" and (c.title ilike ? or c.module ilike ? or c.knowledge_point ilike ?)");
            String like = "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            params.addAll(List.of(like, like, like));
        }
        if (query.courseType() != null) {
            sql.append(" and ? = any(c.course_types)");
            params.add(query.courseType().name());
        }
        if (query.status() != null) {
            sql.append(" and c.status = ?");
            params.add(query.status().name());
        }
        return new Where(sql.toString(), params);
    }

    private record Where(String sql, List<Object> params) {
    }

    private static String courseTypes(Set<CourseType> types) {
        return types.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    private CoursewareItem item(ResultSet rs, int n) throws SQLException {
        Set<CourseType> types = Arrays.stream(rs.getString("course_types").split(",")).map(CourseType::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(CourseType.class)));
        Integer published = rs.getObject("published_version", Integer.class);
        return new CoursewareItem(new CoursewareId(rs.getLong("id")), rs.getString("title"), types,
                rs.getString("module"), rs.getString("knowledge_point"), rs.getString("description"),
                CoursewareStatus.valueOf(rs.getString("status")), rs.getInt("latest_version"),
                published, rs.getTimestamp("updated_at").toInstant());
    }

    private CoursewareVersion version(ResultSet rs, int n) throws SQLException {
        return new CoursewareVersion(new CoursewareId(rs.getLong("courseware_id")), rs.getInt("number"),
                rs.getString("object_key"), rs.getString("sha256"), rs.getLong("size_bytes"),
                rs.getString("content_type"), rs.getString("file_name"), rs.getString("uploaded_by"),
                rs.getTimestamp("uploaded_at").toInstant(), rs.getString("change_note"));
    }
}
