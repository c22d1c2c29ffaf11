package cn.kaichuang.submission;

import cn.kaichuang.identity.LocalizedRefusal;
import java.util.List;

/**
 * A refused submission operation or invalid plan; nothing was changed. The message is a key of the
 * UI's translations ({@code submission.error.*}); the arguments fill its placeholders.
 */
public class SubmissionException extends RuntimeException implements LocalizedRefusal {

    private final List<String> arguments;

    public SubmissionException(String messageKey, String... arguments) {
        super(messageKey);
        this.arguments = List.of(arguments);
    }

    @Override
    public String messageKey() {
        return getMessage();
    }

    @Override
    public List<String> arguments() {
        return arguments;
    }
}
