package cn.kaichuang.courseware;

import cn.kaichuang.identity.LocalizedRefusal;
import java.util.List;

/**
 * A refused courseware operation; nothing was changed. The message is a key of the UI's
 * translations ({@code courseware.error.*}); the argument fills its placeholder.
 */
public class CoursewareException extends RuntimeException implements LocalizedRefusal {

    private final String argument;

    public CoursewareException(String messageKey, String argument) {
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
