package cn.kaichuang.assessment;

import cn.kaichuang.cohort.Ids.TraineeId;
import cn.kaichuang.review.Grade;
import cn.kaichuang.submission.SubmissionStatus;
import org.jspecify.annotations.Nullable;

/**
 * A trainee's results in one cohort (TA-5).
 *
 * @param attendancePercent share of the sessions held that they attended; null before the first
 * @param examPassed null while no exam result is recorded
 */
public record TraineeResult(TraineeId trainee, String name, int attended, int sessionsHeld,
        @Nullable Integer attendancePercent, SubmissionStatus planStatus, @Nullable Integer planScore,
        @Nullable Grade planGrade, @Nullable Boolean examPassed) {
}
