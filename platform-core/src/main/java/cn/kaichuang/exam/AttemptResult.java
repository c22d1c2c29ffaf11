package cn.kaichuang.exam;

import java.time.Instant;

/**
 * A marked attempt. {@code byDeadline} when the server submitted it because time ran out.
 *
 * @param correct questions answered exactly right
 */
public record AttemptResult(long attemptId, long sittingId, int attempt, double score, int totalScore, int passMark,
        boolean passed, int correct, int questions, Instant submittedAt, boolean byDeadline, int focusLosses) {
}
