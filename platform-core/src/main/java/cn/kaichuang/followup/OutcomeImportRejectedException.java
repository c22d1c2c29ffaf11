package cn.kaichuang.followup;

import java.util.List;

/**
 * An outcome import refused as a whole: either the file itself (not an .xlsx, headers missing, too
 * large) or some of its rows, listed in {@link #problems()}. Nothing was imported.
 */
public class OutcomeImportRejectedException extends FollowupException {

    private final List<ImportProblem> problems;

    public OutcomeImportRejectedException(String messageKey, List<ImportProblem> problems, String... arguments) {
        super(messageKey, arguments);
        this.problems = List.copyOf(problems);
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
