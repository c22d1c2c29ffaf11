package cn.kaichuang.selfassessment;

/** Where a dimension score (0-100) falls: below 50, below 75, from 75. */
public enum Level {
    LOW, MID, HIGH;

    public static Level of(int score) {
        return score < 50 ? LOW : score < 75 ? MID : HIGH;
    }
}
