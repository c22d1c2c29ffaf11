package cn.kaichuang.exam;

/**
 * A refused exam operation; nothing was changed. The message is a key of the UI's translations
 * ({@code exam.error.*}); the argument fills its placeholder.
 */
public class ExamException extends RuntimeException {

    private final String argument;

    public ExamException(String messageKey, String argument) {
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
