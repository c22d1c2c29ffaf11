package cn.kaichuang.review;

import cn.kaichuang.submission.PlanType;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One plan given to one expert. The expert sees {@link #planNumber()} only, never the trainee.
 *
 * @param round 1 for the two first reviewers, 2 for the third one called in when they disagree
 */
public record Assignment(long id, String tenant, long submissionId, long cohortId, PlanType type, String expert,
        int round, AssignmentState state, long seed, Instant assignedAt, @Nullable Integer total) {

    /** The blind number shown to the expert. */
    public String planNumber() {
        return "PS-%06d".formatted(id);
    }
}
