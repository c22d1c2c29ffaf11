package cn.kaichuang.cohort;

/**
 * Trainee data refused before anything is stored. The message is a key of the UI's
 * translations ({@code trainees.error.*}), so the person is told which field to fix.
 */
public class InvalidTraineeException extends IllegalArgumentException {

    public InvalidTraineeException(String messageKey) {
        super(messageKey);
    }

    public String messageKey() {
        return getMessage();
    }
}
