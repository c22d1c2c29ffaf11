package cn.kaichuang.teaching;

import java.util.List;

/**
 * A refused teaching operation; nothing was changed. The message is a key of the UI's
 * translations ({@code teaching.error.*}); the arguments fill its placeholders.
 */
public class TeachingException extends RuntimeException {

    private final List<String> arguments;

    public TeachingException(String messageKey, String... arguments) {
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
