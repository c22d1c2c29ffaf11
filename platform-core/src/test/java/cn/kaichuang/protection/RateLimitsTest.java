package cn.kaichuang.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RateLimitsTest {

    private final RateLimits limits = new RateLimits(new RateLimitProperties(
            Map.of("exam", new RateLimitProperties.Limit(3, Duration.ofMinutes(1)))));

    @Test
    void theEleventhLoginOfAMinuteFromOneAddressIsRefused() {
        for (int i = 1; i <= 10; i++) {
            assertThat(limits.tryConsume(RateLimits.LOGIN_BY_ADDRESS, "192.0.2.1").allowed()).as("login %d", i).isTrue();
        }
        RateDecision eleventh = limits.tryConsume(RateLimits.LOGIN_BY_ADDRESS, "192.0.2.1");
        assertThat(eleventh.allowed()).isFalse();
        assertThat(eleventh.retryAfterSeconds()).isBetween(55L, 60L);
        assertThat(limits.tryConsume(RateLimits.LOGIN_BY_ADDRESS, "192.0.2.2").allowed()).isTrue();
        assertThat(limits.tryConsume(RateLimits.LOGIN_BY_USERNAME, "192.0.2.1").allowed()).isTrue();
    }

    @Test
    void configurationOverridesADefault() {
        for (int i = 0; i < 3; i++) {
            assertThat(limits.tryConsume(RateLimits.EXAM, "trainee1").allowed()).isTrue();
        }
        assertThat(limits.tryConsume(RateLimits.EXAM, "trainee1").allowed()).isFalse();
    }

    @Test
    void anUnknownLimitIsAProgrammingError() {
        assertThatThrownBy(() -> limits.tryConsume("nope", "k")).hasMessageContaining("No rate limit named nope");
    }
}
