package cn.kaichuang.teaching;

import cn.kaichuang.cohort.Ids.TraineeId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A trainee's completion of a task, as the last attempt left it.
 *
 * @param late completed after the task was due
 */
public record Completion(TaskId task, TraineeId trainee, CompletionStatus status, @Nullable String text,
        @Nullable EvidenceFile file, Instant completedAt, int attempts, @Nullable String returnComment,
        @Nullable Instant returnedAt, boolean late) {
}
