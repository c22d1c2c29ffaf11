package cn.kaichuang.question;

import cn.kaichuang.identity.LocalizedRefusal;
import java.util.List;

/**
 * A refused question-bank operation; nothing was changed. The message is a key of the UI's
 * translations ({@code question.error.*}); the argument fills its placeholder.
 */
public class QuestionException extends RuntimeException implements LocalizedRefusal {

    private final String argument;

    public QuestionException(String messageKey, String argument) {
        super(messageKey);
        this.argument = argument;
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
