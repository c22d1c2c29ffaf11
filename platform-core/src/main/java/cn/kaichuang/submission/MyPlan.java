package cn.kaichuang.submission;

import cn.kaichuang.cohort.CohortView;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A trainee's plan in one cohort as their plan page shows it: the latest version (or an empty plan
 * before the first save) with its totals.
 *
 * @param id empty until the first save
 * @param open whether it may still be changed and submitted (before the deadline, or returned)
 */
public record MyPlan(@Nullable SubmissionId id, CohortView cohort, PlanType type, @Nullable Instant deadline,
        SubmissionStatus status, int latestVersion, @Nullable Integer submittedVersion, @Nullable Instant submittedAt,
        @Nullable String returnedReason, boolean open, PlanContent content, PlanTotals totals,
        List<Attachment> attachments) {
}
