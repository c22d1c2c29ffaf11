package cn.kaichuang.app.security;

import java.time.Instant;
import org.springframework.security.authentication.LockedException;

/**
 * A login refused because the account is locked after failed logins, with the end of the lock,
 * so the login page can say when to try again. Spring keeps it in the session for that page.
 */
public class AccountLockedException extends LockedException {

    private final Instant until;

    public AccountLockedException(Instant until) {
        super("Account locked until " + until);
        this.until = until;
    }

    public Instant until() {
        return until;
    }
}
