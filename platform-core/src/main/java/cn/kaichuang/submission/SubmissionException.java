package cn.kaichuang.submission;

import java.util.List;

/**
 * A refused submission operation or invalid plan; nothing was changed. The message is a key of the
 * UI's translations ({@code submission.error.*}); the arguments fill its placeholders.
 */
public class SubmissionException extends RuntimeException {

    private final List<String> arguments;

    public SubmissionException(String messageKey, String... arguments) {
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
