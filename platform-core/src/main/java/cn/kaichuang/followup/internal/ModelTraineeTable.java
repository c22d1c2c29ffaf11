package cn.kaichuang.followup.internal;

import cn.kaichuang.cohort.CourseType;
import cn.kaichuang.followup.ModelTrainee;
import cn.kaichuang.followup.ModelTraineeStatus;
import cn.kaichuang.tenancy.Tenant;
import cn.kaichuang.tenancy.TenantCode;
import cn.kaichuang.tenancy.TenantDirectory;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** {@code platform.model_trainee}, on the platform's own connection. */
@Component
public class ModelTraineeTable {

    private static final String SELECT = "select id, tenant_code, institution_name, region_code, trainee_id, cohort_id,"
            + " trainee_name, cohort_name, course_type, title, story, status, proposed_by, proposed_at, decided_by,"
            + " decided_at, return_reason from platform.model_trainee";

    private final FollowupPlatformJdbc platform;

    ModelTraineeTable(FollowupPlatformJdbc platform) {
        this.platform = platform;
    }

    /** The registry row of an institution, read on the platform's connection. */
    public Tenant tenant(TenantDirectory tenants, TenantCode code) {
        return platform.call(jdbc -> tenants.require(code));
    }

    public long insert(Tenant tenant, long traineeId, long cohortId, String traineeName, String cohortName,
            CourseType courseType, String title, String story, String by, Instant at) {
        return platform.call(jdbc -> jdbc.sql("""
                insert into platform.model_trainee (tenant_code, region_code, institution_name, trainee_id, cohort_id,
                    trainee_name, cohort_name, course_type, title, story, status, proposed_by, proposed_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PROPOSED', ?, ?) returning id""")
                .params(tenant.code().value(), tenant.regionCode(), tenant.name(), traineeId, cohortId, traineeName,
                        cohortName, courseType.name(), title, story, by, Timestamp.from(at))
                .query(Long.class).single());
    }

    public void revise(long id, long cohortId, String cohortName, CourseType courseType, String title, String story,
            String by, Instant at) {
        platform.call(jdbc -> jdbc.sql("""
                update platform.model_trainee set cohort_id = ?, cohort_name = ?, course_type = ?, title = ?, story = ?,
                    status = 'PROPOSED', proposed_by = ?, proposed_at = ?, decided_by = null, decided_at = null
                where id = ? and status = 'RETURNED'""")
                .params(cohortId, cohortName, courseType.name(), title, story, by, Timestamp.from(at), id).update());
    }

    /**
     * Decides a waiting proposal and runs {@code audit} in the same transaction.
     *
     * @return whether the proposal was waiting (and is now decided)
     */
    public boolean decide(long id, ModelTraineeStatus to, @Nullable String reason, String by, Instant at,
            Runnable audit) {
        return platform.call(jdbc -> {
            boolean decided = jdbc.sql("update platform.model_trainee set status = ?, return_reason = ?,"
                            + " decided_by = ?, decided_at = ? where id = ? and status = 'PROPOSED'")
                    .params(to.name(), reason, by, Timestamp.from(at), id).update() == 1;
            if (decided) {
                audit.run();
            }
            return decided;
        });
    }

    public Optional<ModelTrainee> ofTrainee(TenantCode tenant, long traineeId) {
        return platform.call(jdbc -> jdbc.sql(SELECT + " where tenant_code = ? and trainee_id = ?")
                .params(tenant.value(), traineeId).query((rs, n) -> row(rs)).optional());
    }

    public List<ModelTrainee> ofTenant(TenantCode tenant) {
        return platform.call(jdbc -> jdbc.sql(SELECT + " where tenant_code = ? order by proposed_at desc, id desc")
                .param(tenant.value()).query((rs, n) -> row(rs)).list());
    }

    public List<ModelTrainee> withStatus(ModelTraineeStatus status, String scope) {
        return platform.call(jdbc -> jdbc.sql(SELECT + " where status = ? and region_code like ?"
                        + " order by coalesce(decided_at, proposed_at) desc, id desc")
                .params(status.name(), scope).query((rs, n) -> row(rs)).list());
    }

    private static ModelTrainee row(ResultSet rs) throws SQLException {
        Timestamp decided = rs.getTimestamp("decided_at");
        return new ModelTrainee(rs.getLong("id"), TenantCode.of(rs.getString("tenant_code")),
                rs.getString("institution_name"), rs.getString("region_code"), rs.getLong("trainee_id"),
                rs.getLong("cohort_id"), rs.getString("trainee_name"), rs.getString("cohort_name"),
                CourseType.valueOf(rs.getString("course_type")), rs.getString("title"), rs.getString("story"),
                ModelTraineeStatus.valueOf(rs.getString("status")), rs.getString("proposed_by"),
                rs.getTimestamp("proposed_at").toInstant(), rs.getString("decided_by"),
                decided == null ? null : decided.toInstant(), rs.getString("return_reason"));
    }
}
