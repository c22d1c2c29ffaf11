package cn.kaichuang.teaching;

/**
 * One column of the learning statistics.
 *
 * @param key the column's translation key, which also names it in {@link TraineeStatistics#figures()}
 */
public record StatisticsColumn(String key, Unit unit) {

    public enum Unit {
        COUNT,
        PERCENT,
        SCORE
    }
}
