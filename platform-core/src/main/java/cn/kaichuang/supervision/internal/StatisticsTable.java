package cn.kaichuang.supervision.internal;

import cn.kaichuang.supervision.TenantStatistics;
import cn.kaichuang.tenancy.TenantCode;
import java.sql.Timestamp;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The table {@code platform.tenant_statistics}. */
@Component
public class StatisticsTable {

    private final JdbcClient jdbc;

    StatisticsTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(TenantStatistics s) {
        jdbc.sql("insert into platform.tenant_statistics (tenant_code, taken_at, cohorts, trainees, enrolments, lecturers)"
                        + " values (?, ?, ?, ?, ?, ?) on conflict do nothing")
                .params(s.tenant().value(), Timestamp.from(s.takenAt()), s.cohorts(), s.trainees(), s.enrolments(),
                        s.lecturers())
                .update();
    }

    public List<TenantStatistics> latest() {
        return jdbc.sql("select distinct on (tenant_code) tenant_code, taken_at, cohorts, trainees, enrolments, lecturers"
                        + " from platform.tenant_statistics order by tenant_code, taken_at desc")
                .query((rs, n) -> new TenantStatistics(TenantCode.of(rs.getString(1)), rs.getTimestamp(2).toInstant(),
                        rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6)))
                .list();
    }
}
