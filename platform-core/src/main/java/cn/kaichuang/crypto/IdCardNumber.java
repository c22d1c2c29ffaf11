package cn.kaichuang.crypto;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * A resident identity card number (公民身份号码) as of GB 11643-1999: six digits of region,
 * eight of birth date, three of sequence and an ISO 7064 MOD 11-2 check character.
 */
public record IdCardNumber(String value) {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";

    public IdCardNumber {
        if (value == null) {
            throw new InvalidIdCardNumberException("missing");
        }
        value = value.strip().toUpperCase();
        if (!value.matches("\\d{17}[\\dX]")) {
            throw new InvalidIdCardNumberException("must be 17 digits followed by a digit or X");
        }
        if (birthDateOf(value) == null) {
            throw new InvalidIdCardNumberException("birth date is not a valid date");
        }
        if (value.charAt(17) != checkCharacter(value.substring(0, 17))) {
            throw new InvalidIdCardNumberException("check digit does not match");
        }
    }

    public static IdCardNumber of(String value) {
        return new IdCardNumber(value);
    }

    public static boolean isValid(String value) {
        try {
            new IdCardNumber(value);
            return true;
        } catch (InvalidIdCardNumberException e) {
            return false;
        }
    }

    /** The check character the first 17 digits call for. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS.charAt(sum % 11);
    }

    public LocalDate birthDate() {
        return birthDateOf(value);
    }

    /** Shown wherever the whole number is not needed: 430102********123X. */
    public String masked() {
        return value.substring(0, 6) + "********" + value.substring(14);
    }

    public String lastFour() {
        return value.substring(14);
    }

    @Override
    public String toString() {
        return masked();
    }

    private static LocalDate birthDateOf(String value) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(value.substring(6, 10)),
                    Integer.parseInt(value.substring(10, 12)), Integer.parseInt(value.substring(12, 14)));
            return date.getYear() >= 1900 && !date.isAfter(LocalDate.now()) ? date : null;
        } catch (DateTimeException e) {
            return null;
        }
    }
}
