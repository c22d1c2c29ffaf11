package cn.kaichuang.identity;

import org.springframework.security.access.AccessDeniedException;

/**
 * A caller asked for something their role never allows (a write by the read-only province, any
 * call by an anonymous visitor). Data outside a caller's scope is answered with "not found"
 * instead, so its existence is not revealed. The message names the operation, never a person.
 */
public class AccessRefusedException extends AccessDeniedException {

    private final String operation;

    public AccessRefusedException(String operation) {
        super("Access refused: " + operation);
        this.operation = operation;
    }

    public String operation() {
        return operation;
    }
}
