package cn.kaichuang.exam;

import java.time.Duration;
import java.time.Instant;

/** A scheduled sitting, with the names of its blueprint and cohort for lists. */
public record Sitting(long id, String name, long blueprintId, String blueprintName, int totalScore, long cohortId,
        String cohortName, Instant opensAt, Instant closesAt, int durationMinutes, int maxAttempts, int passMark,
        MarkingRule rule, String createdBy) {

    public boolean openAt(Instant now) {
        return !now.isBefore(opensAt) && now.isBefore(closesAt);
    }

    public Duration duration() {
        return Duration.ofMinutes(durationMinutes);
    }
}
