package cn.kaichuang.review;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A plan's review outcome for its institution: every reviewer's total and comments, the final score
 * (null until settled) and its grade.
 */
public record PlanResult(long submissionId, String traineeName, List<Review> reviews, @Nullable Integer finalScore,
        @Nullable Grade grade) {

    public PlanResult {
        reviews = List.copyOf(reviews);
    }

    public record Review(String planNumber, String expertName, int round, AssignmentState state,
            @Nullable Integer total, List<CriterionScore> scores) {

        public Review {
            scores = List.copyOf(scores);
        }
    }
}
