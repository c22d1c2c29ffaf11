package cn.kaichuang.teaching;

/** How many of a cohort's trainees completed one task. */
public record TaskCompletionCount(TaskId task, String title, int completed, int returned, int enrolled) {
}
