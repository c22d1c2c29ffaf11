package cn.kaichuang.review;

import cn.kaichuang.submission.PlanType;
import java.util.List;

/**
 * The rubric of each plan type; every rubric totals 100. The idea book has no financial sections,
 * so its weight moves to the market and the idea itself.
 */
public final class Rubrics {

    private static final List<Criterion> FULL = List.of(new Criterion("market", "市场评估", 20),
            new Criterion("marketing", "营销计划", 20), new Criterion("finance", "财务可行性", 30),
            new Criterion("team", "团队与组织", 15), new Criterion("risk", "风险与合规", 15));
    private static final List<Criterion> IDEA = List.of(new Criterion("idea", "创业构思", 30),
            new Criterion("market", "市场评估", 30), new Criterion("marketing", "营销计划", 25),
            new Criterion("founder", "创业者能力", 15));

    private Rubrics() {
    }

    public static List<Criterion> of(PlanType type) {
        return type == PlanType.IDEA_BOOK ? IDEA : FULL;
    }
}
