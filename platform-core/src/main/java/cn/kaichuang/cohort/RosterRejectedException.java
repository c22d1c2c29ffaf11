package cn.kaichuang.cohort;

/**
 * A roster file refused as a whole (not an .xlsx, too large, wrong headers). The message is a
 * translation key ({@code roster.error.*}); the argument is the limit or the missing header.
 */
public class RosterRejectedException extends RuntimeException {

    private final String argument;

    public RosterRejectedException(String messageKey, String argument) {
        super(messageKey);
        this.argument = argument;
    }

    public String messageKey() {
        return getMessage();
    }

    public String argument() {
        return argument;
    }
}
