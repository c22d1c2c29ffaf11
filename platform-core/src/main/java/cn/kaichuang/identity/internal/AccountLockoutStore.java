package cn.kaichuang.identity.internal;

import cn.kaichuang.identity.LockoutProperties;
import cn.kaichuang.identity.LoginLockout;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Failure counts and lock ends in {@code platform.account}. Each step is one statement, so
 * replicas counting failures of the same account at once neither lose nor double a count.
 */
@Component
class AccountLockoutStore implements LoginLockout {

    private final JdbcClient jdbc;
    private final LockoutProperties properties;
    private final Clock clock;

    AccountLockoutStore(JdbcClient jdbc, LockoutProperties properties, Optional<Clock> clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock.orElseGet(Clock::systemUTC);
    }

    @Override
    public Optional<Instant> recordFailure(String username) {
        Instant now = clock.instant();
        Instant until = now.plus(properties.duration());
        // A failure after an expired lock starts counting afresh; the lock's own failures reset.
        return jdbc.sql("""
                        update platform.account set
                            failed_logins = case when failed_logins + 1 >= :max then 0 else failed_logins + 1 end,
                            locked_until = case when failed_logins + 1 >= :max then :until else locked_until end
                        where username = :username and (locked_until is null or locked_until <= :now)
                        returning locked_until""")
                .param("max", properties.maxFailures())
                .param("until", Timestamp.from(until))
                .param("now", Timestamp.from(now))
                .param("username", username)
                .query((rs, row) -> Optional.ofNullable(rs.getTimestamp(1)).map(Timestamp::toInstant))
                .optional()
                .flatMap(lock -> lock.filter(now::isBefore));
    }

    @Override
    public void recordSuccess(String username) {
        jdbc.sql("update platform.account set failed_logins = 0, locked_until = null where username = ?"
                        + " and (failed_logins <> 0 or locked_until is not null)")
                .param(username).update();
    }

    @Override
    public Optional<Instant> lockedUntil(String username) {
        Instant now = clock.instant();
        return jdbc.sql("select locked_until from platform.account where username = ?").param(username)
                .query((rs, row) -> Optional.ofNullable(rs.getTimestamp(1)).map(Timestamp::toInstant))
                .optional()
                .flatMap(lock -> lock.filter(now::isBefore));
    }
}
