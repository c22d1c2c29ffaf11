package cn.kaichuang.review;

import cn.kaichuang.identity.LocalizedRefusal;
import java.util.List;

/**
 * A refused review operation or invalid score sheet; nothing was changed. The message is a key of
 * the UI's translations ({@code review.error.*}); the arguments fill its placeholders.
 */
public class ReviewException extends RuntimeException implements LocalizedRefusal {

    private final List<String> arguments;

    public ReviewException(String messageKey, String... arguments) {
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
