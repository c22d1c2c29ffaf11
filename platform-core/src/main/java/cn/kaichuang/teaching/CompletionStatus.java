package cn.kaichuang.teaching;

/** Where a trainee stands with a task. */
public enum CompletionStatus {
    OPEN,
    COMPLETED,
    /** The lecturer handed it back with a comment: the trainee completes it again. */
    RETURNED
}
