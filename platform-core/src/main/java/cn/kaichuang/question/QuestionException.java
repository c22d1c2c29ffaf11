package cn.kaichuang.question;

/**
 * A refused question-bank operation; nothing was changed. The message is a key of the UI's
 * translations ({@code question.error.*}); the argument fills its placeholder.
 */
public class QuestionException extends RuntimeException {

    private final String argument;

    public QuestionException(String messageKey, String argument) {
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
