package cn.kaichuang.exam;

import org.jspecify.annotations.Nullable;

/**
 * One trainee of the sitting's cohort: their best marked attempt ({@code null} score when none),
 * how many attempts they used and how often the exam page lost focus over all of them.
 */
public record CandidateResult(long traineeId, String name, @Nullable String candidate, int attempts,
        @Nullable Double bestScore, boolean passed, int focusLosses) {
}
