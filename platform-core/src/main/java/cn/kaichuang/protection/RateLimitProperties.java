package cn.kaichuang.protection;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code kaichuang.rate-limits.<name>.capacity} and {@code .period}: how many requests each key
 * (an address, a username) may make per period under the named limit. Configuration overrides
 * or adds to the defaults below.
 */
@ConfigurationProperties("kaichuang")
public record RateLimitProperties(Map<String, Limit> rateLimits) {

    public static final Map<String, Limit> DEFAULTS = Map.of(
            RateLimits.LOGIN_BY_ADDRESS, new Limit(10, Duration.ofMinutes(1)),
            RateLimits.LOGIN_BY_USERNAME, new Limit(10, Duration.ofMinutes(1)),
            RateLimits.CHECK_IN, new Limit(30, Duration.ofMinutes(1)),
            RateLimits.EXAM, new Limit(60, Duration.ofMinutes(1)),
            RateLimits.CERTIFICATE_VERIFY, new Limit(20, Duration.ofMinutes(1)));

    public RateLimitProperties {
        Map<String, Limit> merged = new HashMap<>(DEFAULTS);
        if (rateLimits != null) {
            merged.putAll(rateLimits);
        }
        rateLimits = Map.copyOf(merged);
    }

    public record Limit(int capacity, Duration period) {

        public Limit {
            if (capacity < 1 || period.isNegative() || period.isZero()) {
                throw new IllegalArgumentException("A rate limit needs a capacity ≥ 1 and a positive period");
            }
        }
    }
}
