package cn.kaichuang.teaching;

import cn.kaichuang.cohort.Ids.CohortId;
import cn.kaichuang.cohort.Ids.TraineeId;
import cn.kaichuang.selfassessment.SelfAssessments;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The latest self-assessment total per trainee as a learning-statistics column (TS-7 feeding TS-8). */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class SelfAssessmentFigures implements StatisticsContributor {

    static final String SELF_ASSESSMENT = "teaching.stat.self-assessment";

    private final SelfAssessments assessments;

    SelfAssessmentFigures(SelfAssessments assessments) {
        this.assessments = assessments;
    }

    @Override
    public List<StatisticsColumn> columns() {
        return List.of(new StatisticsColumn(SELF_ASSESSMENT, StatisticsColumn.Unit.SCORE));
    }

    @Override
    public Map<TraineeId, Map<String, Double>> figures(CohortId cohort, List<TraineeId> roster) {
        Map<TraineeId, Integer> totals = assessments.latestTotals(cohort);
        Map<TraineeId, Map<String, Double>> figures = new HashMap<>();
        for (TraineeId trainee : roster) {
            Integer total = totals.get(trainee);
            if (total != null) {
                figures.put(trainee, Map.of(SELF_ASSESSMENT, total.doubleValue()));
            }
        }
        return figures;
    }
}
