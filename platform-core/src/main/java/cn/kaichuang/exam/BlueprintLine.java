package cn.kaichuang.exam;

import cn.kaichuang.question.KnowledgePoint;
import cn.kaichuang.question.QuestionType;
import cn.kaichuang.question.QuestionVersion;
import org.jspecify.annotations.Nullable;

/**
 * {@code count} questions of {@code type}, of {@code knowledgePoint} (null: any), with a difficulty
 * from {@code minDifficulty} to {@code maxDifficulty}, each worth {@code score} points.
 */
public record BlueprintLine(QuestionType type, @Nullable KnowledgePoint knowledgePoint, int minDifficulty,
        int maxDifficulty, int count, int score) {

    public boolean matches(QuestionVersion question) {
        return question.type() == type && (knowledgePoint == null || question.knowledgePoint() == knowledgePoint)
                && question.difficulty() >= minDifficulty && question.difficulty() <= maxDifficulty;
    }

    public int total() {
        return count * score;
    }

    /** How the shortfall message names the line: "单选题·市场评估·难度3". */
    public String label() {
        String type = switch (this.type) {
            case TRUE_FALSE -> "判断题";
            case SINGLE_CHOICE -> "单选题";
            case MULTIPLE_CHOICE -> "多选题";
        };
        String point = knowledgePoint == null ? "任意知识点" : shortName(knowledgePoint);
        String difficulty = minDifficulty == maxDifficulty ? "难度" + minDifficulty
                : "难度" + minDifficulty + "-" + maxDifficulty;
        return type + "·" + point + "·" + difficulty;
    }

    /** Lines naming a knowledge point draw first, so that an "any" line does not take their questions. */
    int specificity() {
        return (knowledgePoint == null ? 0 : 10) + (5 - (maxDifficulty - minDifficulty));
    }

    private static String shortName(KnowledgePoint point) {
        String name = point.chineseName();
        int slash = name.lastIndexOf('/');
        return slash < 0 ? name : name.substring(slash + 1);
    }
}
