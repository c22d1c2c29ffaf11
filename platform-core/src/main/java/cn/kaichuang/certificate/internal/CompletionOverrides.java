package cn.kaichuang.certificate.internal;

import cn.kaichuang.cohort.Ids.CohortId;
import cn.kaichuang.cohort.Ids.TraineeId;
import cn.kaichuang.tenancy.TenantCode;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Manual completion decisions, {@code platform.completion_override}: who decided, why, when. */
@Component
public class CompletionOverrides {

    private final JdbcClient jdbc;

    CompletionOverrides(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void put(TenantCode tenant, CohortId cohort, TraineeId trainee, String reason, String by, Instant at) {
        jdbc.sql("insert into platform.completion_override (tenant_code, cohort_id, trainee_id, reason, decided_by,"
                        + " decided_at) values (?, ?, ?, ?, ?, ?) on conflict (tenant_code, cohort_id, trainee_id)"
                        + " do update set reason = excluded.reason, decided_by = excluded.decided_by,"
                        + " decided_at = excluded.decided_at")
                .params(tenant.value(), cohort.value(), trainee.value(), reason, by, Timestamp.from(at)).update();
    }

    /** Reasons by trainee. */
    public Map<TraineeId, String> of(TenantCode tenant, CohortId cohort) {
        return jdbc.sql("select trainee_id, reason from platform.completion_override where tenant_code = ?"
                        + " and cohort_id = ?")
                .params(tenant.value(), cohort.value())
                .query((rs, n) -> Map.entry(new TraineeId(rs.getLong(1)), rs.getString(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
