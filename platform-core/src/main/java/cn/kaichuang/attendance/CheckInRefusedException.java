package cn.kaichuang.attendance;

import cn.kaichuang.identity.LocalizedRefusal;
import java.util.List;

/** A check-in, roll-call answer, leave or correction that was refused; the key names a localized message. */
public class CheckInRefusedException extends RuntimeException implements LocalizedRefusal {

    private final String messageKey;
    private final List<String> arguments;

    public CheckInRefusedException(String messageKey, String... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    @Override
    public String messageKey() {
        return messageKey;
    }

    @Override
    public List<String> arguments() {
        return arguments;
    }
}
