package cn.kaichuang.teaching;

import cn.kaichuang.cohort.Ids.CohortId;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A cohort's learning statistics: every enrolled trainee's figures in the columns of all
 * contributors, the cohort's average per column, and each task's completions.
 */
public record CohortStatistics(CohortId cohort, String cohortName, List<StatisticsColumn> columns,
        List<TraineeStatistics> trainees, Map<String, Double> averages, List<TaskCompletionCount> tasks) {

    public @Nullable Double average(String key) {
        return averages.get(key);
    }
}
