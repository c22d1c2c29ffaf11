package cn.kaichuang.evaluation;

import java.util.List;

/**
 * A refused or invalid evaluation; nothing was changed. The message is a key of the UI's
 * translations ({@code evaluation.error.*}).
 */
public class EvaluationException extends RuntimeException {

    private final List<String> arguments;

    public EvaluationException(String messageKey, String... arguments) {
        super(messageKey);
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return getMessage();
    }

    public List<String> arguments() {
        return arguments;
    }
}
