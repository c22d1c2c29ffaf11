package cn.kaichuang.courseware;

/**
 * A refused courseware operation; nothing was changed. The message is a key of the UI's
 * translations ({@code courseware.error.*}); the argument fills its placeholder.
 */
public class CoursewareException extends RuntimeException {

    private final String argument;

    public CoursewareException(String messageKey, String argument) {
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
