package cn.kaichuang.review;

import cn.kaichuang.submission.PlanContent;
import cn.kaichuang.submission.PlanTotals;
import cn.kaichuang.submission.PlanType;
import java.util.List;

/**
 * A plan as its expert reads it: a plan number, no trainee name or ID. The plan's founder section is
 * cleared of the name as well, because the trainee writes it in.
 */
public record BlindPlan(long assignmentId, String planNumber, PlanType type, PlanContent content, PlanTotals totals,
        List<Criterion> rubric, List<CriterionScore> scores) {

    public BlindPlan {
        rubric = List.copyOf(rubric);
        scores = List.copyOf(scores);
    }
}
