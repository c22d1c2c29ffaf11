package cn.kaichuang.followup;

/**
 * A unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters of the code's
 * alphabet (digits and upper-case letters without I, O, S, V, Z), the last a MOD 31 check character.
 */
public record CreditCode(String value) {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    public CreditCode {
        value = value.strip().toUpperCase();
        if (!isValid(value)) {
            throw new FollowupException("followup.error.credit-code");
        }
    }

    public static boolean isValid(String value) {
        String code = value.strip().toUpperCase();
        if (code.length() != 18) {
            return false;
        }
        for (int i = 0; i < 18; i++) {
            if (ALPHABET.indexOf(code.charAt(i)) < 0) {
                return false;
            }
        }
        return code.charAt(17) == checkCharacter(code.substring(0, 17));
    }

    /** The check character the first 17 characters call for. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }
}
