package cn.kaichuang.submission;

/**
 * Where a trainee's plan stands. {@code RETURNED} is set by a reviewer ({@link Submissions#returnForRevision})
 * and lets the trainee submit again even after the deadline.
 */
public enum SubmissionStatus {
    NOT_STARTED,
    DRAFT,
    SUBMITTED,
    RETURNED
}
