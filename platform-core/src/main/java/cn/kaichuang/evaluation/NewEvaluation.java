package cn.kaichuang.evaluation;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/** One trainee's answers: a score 1-5 for every {@link Dimension}, and an optional comment. */
public record NewEvaluation(Map<Dimension, Integer> scores, @Nullable String comment) {
}
