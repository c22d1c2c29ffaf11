package cn.kaichuang.assessment;

import cn.kaichuang.cohort.CohortView;
import cn.kaichuang.review.Grade;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One cohort's figures on the assessment dashboard.
 *
 * @param attendanceRate attendances over possible attendances of the sessions held, in percent; null
 *     before the first session or when nobody is enrolled
 * @param submitted plans submitted (a returned plan counts as not submitted)
 * @param drafts plans started and not submitted, returned ones included
 * @param notStarted enrolled trainees without a plan
 * @param grades settled reviews per grade
 * @param awaitingReview submitted plans without a final score yet
 * @param examPassed trainees recorded as having passed the exam ({@code assessment_result}); the
 *     scores themselves come with the exam sittings feature (see {@link AssessmentStatistics})
 */
public record CohortAssessment(CohortView cohort, int enrolled, int sessions, int sessionsHeld,
        @Nullable Integer attendanceRate, int submitted, int drafts, int notStarted, Map<Grade, Integer> grades,
        int awaitingReview, int examPassed, int examFailed) {

    public CohortAssessment {
        grades = Map.copyOf(grades);
    }

    public int graded() {
        return grades.values().stream().mapToInt(Integer::intValue).sum();
    }
}
