package cn.kaichuang.selfassessment;

import java.time.Instant;
import java.util.List;

/** One completed self-assessment: the profile per dimension (0-100) and the total. */
public record AssessmentResult(long id, int instrumentVersion, Instant takenAt, int total, List<DimensionScore> scores) {

    public record DimensionScore(String code, String name, int score, Level level, String advice) {
    }
}
