package cn.kaichuang.exam;

import java.time.Instant;

/**
 * A sitting to schedule: a cohort sits papers drawn from a blueprint between {@code opensAt} and
 * {@code closesAt}, each attempt lasting at most {@code durationMinutes}.
 *
 * @param passMark points (of the blueprint's total score) an attempt needs to pass
 * @param maxAttempts attempts a candidate may start, the first included; a passed candidate starts no more
 */
public record NewSitting(String name, long blueprintId, long cohortId, Instant opensAt, Instant closesAt,
        int durationMinutes, int maxAttempts, int passMark, MarkingRule rule) {
}
