package cn.kaichuang.outreach;

import cn.kaichuang.identity.LocalizedRefusal;
import java.util.List;

/**
 * A refused follow-up-service operation; nothing was changed. The message is a key of the UI's
 * translations ({@code outreach.error.*}); the argument fills its placeholder.
 */
public class OutreachException extends RuntimeException implements LocalizedRefusal {

    private final String argument;

    public OutreachException(String messageKey, String argument) {
        super(messageKey);
        this.argument = argument;
    }

    public OutreachException(String messageKey) {
        this(messageKey, "");
    }

    @Override
    public String messageKey() {
        return getMessage();
    }

    public String argument() {
        return argument;
    }

    @Override
    public List<String> arguments() {
        return List.of(argument);
    }
}
