package cn.kaichuang.identity;

import java.util.List;

/** A new password breaks {@link PasswordPolicy}; {@link #violations()} are translation keys. */
public class WeakPasswordException extends IllegalArgumentException {

    private final List<String> violations;

    public WeakPasswordException(List<String> violations) {
        super("Password does not meet the policy: " + violations);
        this.violations = List.copyOf(violations);
    }

    public List<String> violations() {
        return violations;
    }
}
