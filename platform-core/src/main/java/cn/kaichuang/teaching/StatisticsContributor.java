package cn.kaichuang.teaching;

import cn.kaichuang.cohort.Ids.CohortId;
import cn.kaichuang.cohort.Ids.TraineeId;
import java.util.List;
import java.util.Map;

/**
 * Adds columns to the learning statistics: a Spring bean implementing this is asked for its
 * figures of each trainee (a self-assessment or evaluation average, say). Called inside the
 * institution's context once access to the cohort has been checked; a trainee without a figure
 * is simply left out of the map. Order beans with {@code @Order}; teaching's own come first.
 */
public interface StatisticsContributor {

    List<StatisticsColumn> columns();

    /** Per trainee of {@code roster}, figures keyed by {@link StatisticsColumn#key()}. */
    Map<TraineeId, Map<String, Double>> figures(CohortId cohort, List<TraineeId> roster);
}
