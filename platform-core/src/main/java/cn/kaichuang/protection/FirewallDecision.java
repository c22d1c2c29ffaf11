package cn.kaichuang.protection;

/** Whether a client address may reach the application. */
public enum FirewallDecision {
    ALLOWED,
    /** On a deny list. */
    DENIED,
    /** An allow list exists and the address is not on it. */
    NOT_ALLOWED;

    public boolean allowed() {
        return this == ALLOWED;
    }
}
