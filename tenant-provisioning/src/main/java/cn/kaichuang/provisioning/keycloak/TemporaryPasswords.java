package cn.kaichuang.provisioning.keycloak;

import java.security.SecureRandom;

/**
 * Temporary passwords that satisfy the realm's policy (length, upper, lower, digit, special),
 * without characters that are easily confused when read out over the phone.
 */
final class TemporaryPasswords {

    private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String LOWER = "abcdefghijkmnpqrstuvwxyz";
    private static final String DIGITS = "23456789";
    private static final String SPECIAL = "@#%+=";
    private static final String ALL = UPPER + LOWER + DIGITS + SPECIAL;

    private final SecureRandom random = new SecureRandom();

    String next() {
        StringBuilder password = new StringBuilder();
        for (String kind : new String[] {UPPER, LOWER, DIGITS, SPECIAL}) {
            password.append(pick(kind));
        }
        while (password.length() < 16) {
            password.insert(random.nextInt(password.length() + 1), pick(ALL));
        }
        return password.toString();
    }

    private char pick(String characters) {
        return characters.charAt(random.nextInt(characters.length()));
    }
}
