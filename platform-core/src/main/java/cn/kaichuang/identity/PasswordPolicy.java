package cn.kaichuang.identity;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a local account's password must be: at least 10 characters, three of the four classes
 * (lower case, upper case, digits, other), not containing the username, and at most 72 bytes
 * in UTF-8 because bcrypt ignores what lies beyond. Violations are translation keys, so the UI
 * explains each one in the user's language.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_BYTES = 72;
    public static final int MIN_CLASSES = 3;

    public static final String TOO_SHORT = "password.policy.too-short";
    public static final String TOO_LONG = "password.policy.too-long";
    public static final String TOO_FEW_CLASSES = "password.policy.too-few-classes";
    public static final String CONTAINS_USERNAME = "password.policy.contains-username";
    /** A change to the password the account already has. */
    public static final String UNCHANGED = "password.policy.unchanged";

    private PasswordPolicy() {
    }

    /** The translation keys of every rule the password breaks; empty when it is acceptable. */
    public static List<String> violations(String username, String password) {
        List<String> violations = new ArrayList<>();
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            violations.add(TOO_SHORT);
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            violations.add(TOO_LONG);
        }
        if (characterClasses(password) < MIN_CLASSES) {
            violations.add(TOO_FEW_CLASSES);
        }
        if (!username.isBlank() && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            violations.add(CONTAINS_USERNAME);
        }
        return List.copyOf(violations);
    }

    /** Throws {@link WeakPasswordException} unless the password is acceptable. */
    public static void check(String username, String password) {
        List<String> violations = violations(username, password);
        if (!violations.isEmpty()) {
            throw new WeakPasswordException(violations);
        }
    }

    private static int characterClasses(String password) {
        boolean lower = password.chars().anyMatch(Character::isLowerCase);
        boolean upper = password.chars().anyMatch(Character::isUpperCase);
        boolean digit = password.chars().anyMatch(Character::isDigit);
        boolean other = password.chars().anyMatch(c -> !Character.isLetterOrDigit(c));
        return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }
}
