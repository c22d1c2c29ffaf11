package cn.kaichuang.submission;

import cn.kaichuang.cohort.Ids.CohortId;
import cn.kaichuang.cohort.Ids.TraineeId;
import java.time.Instant;
import java.util.List;

/**
 * The frozen submitted version of a plan, for reviewers: later drafts of the trainee do not change
 * it; a resubmission (before the deadline, or once returned) replaces it with a newer version.
 *
 * @param attachments the files uploaded up to the submission
 */
public record SubmittedPlan(SubmissionId id, CohortId cohort, TraineeId trainee, String traineeName, PlanType type,
        SubmissionStatus status, int version, Instant submittedAt, PlanContent content, PlanTotals totals,
        List<Attachment> attachments) {

    public SubmittedPlan {
        attachments = List.copyOf(attachments);
    }
}
