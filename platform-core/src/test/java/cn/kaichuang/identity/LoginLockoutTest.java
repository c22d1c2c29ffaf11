package cn.kaichuang.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaichuang.testsupport.MutableClock;
import cn.kaichuang.testsupport.PlatformTest;
import cn.kaichuang.testsupport.TestClockConfiguration;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

@PlatformTest
@Import(TestClockConfiguration.class)
class LoginLockoutTest {

    @Autowired
    LoginLockout lockout;

    @Autowired
    LocalAccounts accounts;

    @Autowired
    MutableClock clock;

    @Test
    void fiveFailuresLockTheAccountForFifteenMinutesThenItOpensAgain() {
        accounts.create(new NewAccount("locked-one", "张三", "Lockout#2026", Role.PROVINCE_ADMIN, null, null));
        Instant start = clock.instant();
        for (int i = 1; i <= 4; i++) {
            assertThat(lockout.recordFailure("locked-one")).as("failure %d", i).isEmpty();
        }
        assertThat(lockout.lockedUntil("locked-one")).isEmpty();

        assertThat(lockout.recordFailure("locked-one")).contains(start.plus(Duration.ofMinutes(15)));
        assertThat(lockout.lockedUntil("locked-one")).contains(start.plus(Duration.ofMinutes(15)));

        clock.advance(Duration.ofMinutes(14));
        assertThat(lockout.lockedUntil("locked-one")).isPresent();
        clock.advance(Duration.ofMinutes(1));
        assertThat(lockout.lockedUntil("locked-one")).isEmpty();
        // The count starts afresh after a lock.
        assertThat(lockout.recordFailure("locked-one")).isEmpty();
    }

    @Test
    void aSuccessfulLoginForgetsEarlierFailures() {
        accounts.create(new NewAccount("forgiven", "李四", "Second#Chance26", Role.PROVINCE_ADMIN, null, null));
        for (int i = 0; i < 4; i++) {
            lockout.recordFailure("forgiven");
        }
        lockout.recordSuccess("forgiven");
        for (int i = 0; i < 4; i++) {
            assertThat(lockout.recordFailure("forgiven")).isEmpty();
        }
        assertThat(lockout.lockedUntil("forgiven")).isEmpty();
    }

    @Test
    void unknownUsernamesAreNotRecorded() {
        assertThat(lockout.recordFailure("nobody-at-all")).isEmpty();
        assertThat(lockout.lockedUntil("nobody-at-all")).isEmpty();
    }
}
