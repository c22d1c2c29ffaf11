package cn.kaichuang.teaching;

import org.jspecify.annotations.Nullable;

/**
 * A task as the trainee sees it.
 *
 * @param sessionTopic the topic of the session the task belongs to, if it belongs to one
 * @param overdue due, and not completed
 */
public record MyTask(TaskView task, String cohortName, @Nullable String sessionTopic,
        @Nullable LecturerProfile lecturer, @Nullable String resourceTitle, CompletionStatus status,
        @Nullable Completion completion, boolean overdue) {
}
