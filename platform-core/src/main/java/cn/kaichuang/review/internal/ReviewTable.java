package cn.kaichuang.review.internal;

import cn.kaichuang.review.Assignment;
import cn.kaichuang.review.AssignmentState;
import cn.kaichuang.review.CriterionScore;
import cn.kaichuang.review.Expert;
import cn.kaichuang.submission.PlanType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The tables {@code platform.review_expert}, {@code review_assignment} and {@code review_score}. */
@Component
public class ReviewTable {

    private static final String ASSIGNMENT = "select id, tenant_code, submission_id, cohort_id, plan_type,"
            + " expert_username, round, state, seed, assigned_at, total from platform.review_assignment";

    private final JdbcClient jdbc;

    ReviewTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void saveExpert(Expert e, Instant now) {
        jdbc.sql("insert into platform.review_expert (username, name, home_tenant, specialities, active, created_at)"
                        + " values (?, ?, ?, ?, ?, ?) on conflict (username) do update set name = excluded.name,"
                        + " home_tenant = excluded.home_tenant, specialities = excluded.specialities,"
                        + " active = excluded.active")
                .params(e.username(), e.name(), e.homeTenant(), e.specialities(), e.active(), Timestamp.from(now))
                .update();
    }

    public List<Expert> experts() {
        return jdbc.sql("select username, name, home_tenant, specialities, active from platform.review_expert"
                + " order by username").query((rs, n) -> new Expert(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getBoolean(5))).list();
    }

    public Optional<Expert> expert(String username) {
        return experts().stream().filter(e -> e.username().equals(username)).findFirst();
    }

    public Map<String, Integer> openLoad() {
        return jdbc.sql("select expert_username, count(*) from platform.review_assignment group by expert_username")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getInt(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    public long insert(String tenant, long submissionId, long cohortId, PlanType type, String expert, int round,
            long seed, Instant now) {
        return jdbc.sql("insert into platform.review_assignment (tenant_code, submission_id, cohort_id, plan_type,"
                        + " expert_username, round, seed, assigned_at) values (?, ?, ?, ?, ?, ?, ?, ?) returning id")
                .params(tenant, submissionId, cohortId, type.name(), expert, round, seed, Timestamp.from(now))
                .query(Long.class).single();
    }

    public List<Assignment> ofPlan(String tenant, long submissionId) {
        return jdbc.sql(ASSIGNMENT + " where tenant_code = ? and submission_id = ? order by id")
                .params(tenant, submissionId).query(this::row).list();
    }

    public List<Assignment> ofCohort(String tenant, long cohortId) {
        return jdbc.sql(ASSIGNMENT + " where tenant_code = ? and cohort_id = ? order by submission_id, id")
                .params(tenant, cohortId).query(this::row).list();
    }

    public List<Assignment> ofExpert(String expert) {
        return jdbc.sql(ASSIGNMENT + " where expert_username = ? order by state, id").param(expert)
                .query(this::row).list();
    }

    public List<Assignment> all() {
        return jdbc.sql(ASSIGNMENT + " order by tenant_code, cohort_id, submission_id, id").query(this::row).list();
    }

    public Optional<Assignment> find(long id) {
        return jdbc.sql(ASSIGNMENT + " where id = ?").param(id).query(this::row).optional();
    }

    public void score(long id, List<CriterionScore> scores, int total, Instant now) {
        jdbc.sql("delete from platform.review_score where assignment_id = ?").param(id).update();
        for (CriterionScore s : scores) {
            jdbc.sql("insert into platform.review_score (assignment_id, criterion, score, comment) values (?, ?, ?, ?)")
                    .params(id, s.criterion(), s.score(), s.comment()).update();
        }
        jdbc.sql("update platform.review_assignment set state = 'SCORED', total = ?, scored_at = ? where id = ?")
                .params(total, Timestamp.from(now), id).update();
    }

    public List<CriterionScore> scores(long id) {
        return jdbc.sql("select criterion, score, comment from platform.review_score where assignment_id = ?")
                .param(id).query((rs, n) -> new CriterionScore(rs.getString(1), rs.getInt(2), rs.getString(3)))
                .list();
    }

    private Assignment row(ResultSet rs, int n) throws SQLException {
        int total = rs.getInt(11);
        Integer scored = rs.wasNull() ? null : total;
        return new Assignment(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
                PlanType.valueOf(rs.getString(5)), rs.getString(6), rs.getInt(7),
                AssignmentState.valueOf(rs.getString(8)), rs.getLong(9), rs.getTimestamp(10).toInstant(),
                scored);
    }
}
