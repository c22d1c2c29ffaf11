package cn.kaichuang.question;

import java.util.List;

/** An import file with bad rows (or no usable sheet); nothing of it was imported. */
public class ImportRejectedException extends QuestionException {

    private final List<ImportProblem> problems;

    public ImportRejectedException(List<ImportProblem> problems) {
        super("question.error.import-rows", String.valueOf(problems.size()));
        this.problems = List.copyOf(problems);
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
