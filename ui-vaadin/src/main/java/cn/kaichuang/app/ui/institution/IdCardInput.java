package cn.kaichuang.app.ui.institution;

import cn.kaichuang.crypto.IdCardNumber;
import java.util.Optional;

/**
 * Reads an ID-card number typed by staff and, when it is not valid, says which rule it
 * breaks (as a translation key), so the message tells them what to check.
 */
public final class IdCardInput {

    private IdCardInput() {
    }

    public sealed interface Result {
    }

    public record Valid(IdCardNumber number) implements Result {
    }

    public record Invalid(String messageKey) implements Result {
    }

    public static Result parse(String typed) {
        String value = typed.strip().toUpperCase();
        if (!value.matches("\\d{17}[\\dX]")) {
            return new Invalid("trainees.invalid.format");
        }
        if (IdCardNumber.checkCharacter(value.substring(0, 17)) != value.charAt(17)) {
            return new Invalid("trainees.invalid.check-digit");
        }
        return IdCardNumber.isValid(value) ? new Valid(IdCardNumber.of(value))
                : new Invalid("trainees.invalid.birth-date");
    }

    public static Optional<IdCardNumber> valid(Result result) {
        return result instanceof Valid valid ? Optional.of(valid.number()) : Optional.empty();
    }
}
