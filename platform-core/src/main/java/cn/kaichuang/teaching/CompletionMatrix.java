package cn.kaichuang.teaching;

import java.util.List;

/** Trainee × task: the cohort's tasks by due date and every enrolled trainee. */
public record CompletionMatrix(List<TaskView> tasks, List<MatrixRow> rows) {

    public static final CompletionMatrix EMPTY = new CompletionMatrix(List.of(), List.of());
}
