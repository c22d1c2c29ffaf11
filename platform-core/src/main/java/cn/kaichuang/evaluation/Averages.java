package cn.kaichuang.evaluation;

import java.util.Map;

/**
 * Averages of a group of evaluations.
 *
 * @param answers how many evaluations were averaged
 * @param byDimension the average (1-5) per dimension
 */
public record Averages(int answers, Map<Dimension, Double> byDimension) {

    /** The mean of the dimensions of one target (lecturer or institution). */
    public double overall(Dimension.Target target) {
        return byDimension.entrySet().stream().filter(e -> e.getKey().target() == target)
                .mapToDouble(Map.Entry::getValue).average().orElse(0);
    }
}
