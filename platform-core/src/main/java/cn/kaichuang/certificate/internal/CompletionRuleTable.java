package cn.kaichuang.certificate.internal;

import cn.kaichuang.certificate.CompletionRule;
import cn.kaichuang.certificate.CompletionRuleChange;
import cn.kaichuang.cohort.CourseType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** {@code platform.completion_rule} (the rule in force) and {@code completion_rule_history} (every change). */
@Component
public class CompletionRuleTable {

    private final JdbcClient jdbc;

    CompletionRuleTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<CompletionRule> find(CourseType type) {
        return jdbc.sql("select course_type, min_attendance_percent, exam_required, plan_required"
                        + " from platform.completion_rule where course_type = ?")
                .param(type.name()).query((rs, n) -> rule(rs)).optional();
    }

    public void save(CompletionRule rule, String by, Instant at) {
        jdbc.sql("insert into platform.completion_rule (course_type, min_attendance_percent, exam_required,"
                        + " plan_required, changed_by, changed_at) values (?, ?, ?, ?, ?, ?) on conflict (course_type)"
                        + " do update set min_attendance_percent = excluded.min_attendance_percent,"
                        + " exam_required = excluded.exam_required, plan_required = excluded.plan_required,"
                        + " changed_by = excluded.changed_by, changed_at = excluded.changed_at")
                .params(rule.courseType().name(), rule.minAttendancePercent(), rule.examRequired(), rule.planRequired(),
                        by, Timestamp.from(at))
                .update();
        jdbc.sql("insert into platform.completion_rule_history (course_type, min_attendance_percent, exam_required,"
                        + " plan_required, changed_by, changed_at) values (?, ?, ?, ?, ?, ?)")
                .params(rule.courseType().name(), rule.minAttendancePercent(), rule.examRequired(), rule.planRequired(),
                        by, Timestamp.from(at))
                .update();
    }

    public List<CompletionRuleChange> history(int limit) {
        return jdbc.sql("select course_type, min_attendance_percent, exam_required, plan_required, changed_by, changed_at"
                        + " from platform.completion_rule_history order by changed_at desc, id desc limit ?")
                .param(limit)
                .query((rs, n) -> new CompletionRuleChange(rule(rs), rs.getString("changed_by"),
                        rs.getTimestamp("changed_at").toInstant()))
                .list();
    }

    private static CompletionRule rule(ResultSet rs) throws SQLException {
        return new CompletionRule(CourseType.valueOf(rs.getString("course_type")), rs.getInt("min_attendance_percent"),
                rs.getBoolean("exam_required"), rs.getBoolean("plan_required"));
    }
}
