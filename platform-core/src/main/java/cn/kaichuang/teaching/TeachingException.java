package cn.kaichuang.teaching;

import cn.kaichuang.identity.LocalizedRefusal;
import java.util.List;

/**
 * A refused teaching operation; nothing was changed. The message is a key of the UI's
 * translations ({@code teaching.error.*}); the arguments fill its placeholders.
 */
public class TeachingException extends RuntimeException implements LocalizedRefusal {

    private final List<String> arguments;

    public TeachingException(String messageKey, String... arguments) {
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
