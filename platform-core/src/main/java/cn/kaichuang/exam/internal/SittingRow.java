package cn.kaichuang.exam.internal;

import java.time.Instant;

public record SittingRow(long id, String name, long blueprintId, String blueprintName, int totalScore, long cohortId,
        String cohortName, Instant opensAt, Instant closesAt, int durationMinutes, int maxAttempts, int passMark,
        String rule, String createdBy) {
}
