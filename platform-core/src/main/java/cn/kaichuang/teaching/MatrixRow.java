package cn.kaichuang.teaching;

import cn.kaichuang.cohort.Ids.TraineeId;
import java.util.Map;

/** One trainee's line of the completion matrix: every task of the cohort has a cell. */
public record MatrixRow(TraineeId trainee, String name, Map<TaskId, CompletionStatus> cells) {

    public CompletionStatus cell(TaskId task) {
        return cells.getOrDefault(task, CompletionStatus.OPEN);
    }
}
