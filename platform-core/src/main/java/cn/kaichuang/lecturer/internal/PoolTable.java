package cn.kaichuang.lecturer.internal;

import cn.kaichuang.cohort.CourseType;
import cn.kaichuang.cohort.Ids.LecturerId;
import cn.kaichuang.cohort.LecturerView;
import cn.kaichuang.lecturer.PoolEntry;
import cn.kaichuang.tenancy.TenantCode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The table {@code platform.lecturer_pool}, read joined with the tenant registry. */
@Component
public class PoolTable {

    private static final String SELECT = "select p.tenant_code, t.name as institution_name, t.region_code,"
            + " p.lecturer_id, p.name, p.qualification_no, p.course_types"
            + " from platform.lecturer_pool p join platform.tenant t on t.code = p.tenant_code";

    private final JdbcClient jdbc;

    PoolTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void upsert(TenantCode tenant, LecturerView lecturer, Instant at) {
        jdbc.sql("insert into platform.lecturer_pool (tenant_code, lecturer_id, name, qualification_no, course_types,"
                        + " mirrored_at) values (?, ?, ?, ?, ?, ?) on conflict (tenant_code, lecturer_id) do update set"
                        + " name = excluded.name, qualification_no = excluded.qualification_no,"
                        + " course_types = excluded.course_types, mirrored_at = excluded.mirrored_at")
                .params(tenant.value(), lecturer.id().value(), lecturer.name(), lecturer.qualificationNo(),
                        encode(lecturer.courseTypes()), Timestamp.from(at))
                .update();
    }

    /** The whole pool, by name; callers narrow it to what the reader supervises. */
    public List<PoolEntry> all() {
        return jdbc.sql(SELECT + " order by p.name, t.name").query(PoolTable::row).list();
    }

    public Optional<PoolEntry> find(TenantCode tenant, LecturerId lecturer) {
        return jdbc.sql(SELECT + " where p.tenant_code = ? and p.lecturer_id = ?")
                .params(tenant.value(), lecturer.value()).query(PoolTable::row).optional();
    }

    static String encode(Set<CourseType> types) {
        return types.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    static Set<CourseType> decode(String types) {
        Set<CourseType> decoded = EnumSet.noneOf(CourseType.class);
        Arrays.stream(types.split(",")).filter(s -> !s.isBlank()).map(CourseType::valueOf).forEach(decoded::add);
        return decoded;
    }

    private static PoolEntry row(ResultSet rs, int n) throws SQLException {
        return new PoolEntry(TenantCode.of(rs.getString("tenant_code")), rs.getString("institution_name"),
                rs.getString("region_code"), new LecturerId(rs.getLong("lecturer_id")), rs.getString("name"),
                rs.getString("qualification_no"), decode(rs.getString("course_types")));
    }
}
