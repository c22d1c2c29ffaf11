package cn.kaichuang.identity;

import java.time.Instant;
import java.util.Optional;

/**
 * Locks a local account for a while after repeated failed logins. Kept in schema
 * {@code platform}, so a lock holds on every replica. Unknown usernames are not recorded:
 * the login rate limit covers guessing them.
 */
public interface LoginLockout {

    /** Counts a failed login; returns the end of the lock when this failure caused one. */
    Optional<Instant> recordFailure(String username);

    /** A successful login forgets earlier failures. */
    void recordSuccess(String username);

    /** When the account's current lock ends; empty when it is not locked now. */
    Optional<Instant> lockedUntil(String username);
}
