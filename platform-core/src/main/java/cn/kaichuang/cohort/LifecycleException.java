package cn.kaichuang.cohort;

import java.util.Arrays;
import java.util.List;

/**
 * A refused step of a cohort's lifecycle, application or timetable. The message is a key of the
 * UI's translations ({@code cohort.error.*}); arguments that are themselves keys (a status, an
 * action, a missing item: {@code cohort.*}) are translated too, the others shown as they are.
 */
public class LifecycleException extends RuntimeException {

    private final List<String> arguments;

    public LifecycleException(String messageKey, String... arguments) {
        super(messageKey);
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return getMessage();
    }

    public List<String> arguments() {
        return arguments;
    }

    @Override
    public String toString() {
        return "LifecycleException[" + getMessage() + " " + Arrays.toString(arguments.toArray()) + "]";
    }
}
