package cn.kaichuang.exam;

import org.jspecify.annotations.Nullable;

/**
 * A sitting of one of the trainee's cohorts, as 我的考试 lists it.
 *
 * @param openAttempt the attempt in progress, to resume
 * @param best the best marked attempt so far
 */
public record MyExam(Sitting sitting, State state, int attemptsUsed, @Nullable Long openAttempt,
        @Nullable AttemptResult best) {

    public enum State {
        /** The window has not opened yet. */
        UPCOMING,
        /** A new attempt may be started now. */
        AVAILABLE,
        /** An attempt is running: resume it. */
        IN_PROGRESS,
        /** Passed, or no attempts left, or the window closed. */
        FINISHED
    }
}
