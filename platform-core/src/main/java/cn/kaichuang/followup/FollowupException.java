package cn.kaichuang.followup;

import java.util.List;

/**
 * A refused follow-up operation or invalid answer; nothing was changed. The message is a key of the
 * UI's translations ({@code followup.error.*}); the arguments fill its placeholders.
 */
public class FollowupException extends RuntimeException {

    private final List<String> arguments;

    public FollowupException(String messageKey, String... arguments) {
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
