package cn.kaichuang.crypto;

/** An ID-card number that fails GB 11643 validation; the message says which rule. */
public class InvalidIdCardNumberException extends IllegalArgumentException {

    private final String rule;

    public InvalidIdCardNumberException(String rule) {
        super("Invalid ID-card number: " + rule);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
