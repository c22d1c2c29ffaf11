package cn.kaichuang.followup.internal;

import cn.kaichuang.followup.KpiDimension;
import cn.kaichuang.followup.KpiRow;
import cn.kaichuang.followup.internal.FollowupTable.KpiCell;
import cn.kaichuang.tenancy.Tenant;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The outcome KPI snapshots in {@code platform.followup_kpi}; region scopes are {@code LIKE} prefixes. */
@Component
public class KpiSnapshotTable {

    private final FollowupPlatformJdbc platform;

    KpiSnapshotTable(FollowupPlatformJdbc platform) {
        this.platform = platform;
    }

    /** Replaces one institution's rows, all or nothing. */
    public void replace(Tenant tenant, List<KpiCell> cells, Instant takenAt) {
        platform.call(jdbc -> {
            jdbc.sql("delete from platform.followup_kpi where tenant_code = ?").param(tenant.code().value()).update();
            for (KpiCell c : cells) {
                jdbc.sql("""
                        insert into platform.followup_kpi (tenant_code, region_code, institution_name, course_type,
                            lecturer_id, lecturer_name, completed, reached, started, jobs, employed, taken_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                        .params(tenant.code().value(), tenant.regionCode(), tenant.name(), c.courseType().name(),
                                c.lecturerId(), c.lecturerName(), c.completed(), c.reached(), c.started(), c.jobs(),
                                c.employed(), Timestamp.from(takenAt))
                        .update();
            }
            return null;
        });
    }

    public Optional<Instant> takenAt(String scope) {
        return platform.call(jdbc -> jdbc.sql("select max(taken_at) from platform.followup_kpi where region_code like ?")
                .param(scope).query(Timestamp.class).list().stream().filter(java.util.Objects::nonNull).findFirst()
                .map(Timestamp::toInstant));
    }

    public List<KpiRow> rows(String scope, KpiDimension dimension) {
        String group = switch (dimension) {
            case INSTITUTION -> "tenant_code, institution_name";
            case PREFECTURE -> "substr(region_code, 1, 4) || '00', substr(region_code, 1, 4) || '00'";
            case COURSE_TYPE -> "course_type, course_type";
            case LECTURER -> "tenant_code || ':' || lecturer_id, lecturer_name || ' · ' || institution_name";
        };
        return platform.call(jdbc -> jdbc.sql("select " + group + ", sum(completed), sum(reached), sum(started),"
                        + " sum(jobs), sum(employed) from platform.followup_kpi where region_code like ?"
                        + " group by 1, 2 order by 1")
                .param(scope).query((rs, n) -> new KpiRow(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4),
                        rs.getInt(5), rs.getInt(6), rs.getInt(7))).list());
    }
}
