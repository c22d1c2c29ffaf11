package cn.kaichuang.teaching;

import cn.kaichuang.cohort.Ids.TraineeId;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** One trainee's figures, by column key; a column without a figure for them is absent. */
public record TraineeStatistics(TraineeId trainee, String name, Map<String, Double> figures) {

    public @Nullable Double figure(String key) {
        return figures.get(key);
    }
}
