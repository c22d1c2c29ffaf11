package cn.kaichuang.protection;

import java.time.Duration;

/** The answer of a rate limit: go ahead, or wait {@code retryAfter}. */
public record RateDecision(boolean allowed, Duration retryAfter) {

    public static final RateDecision ALLOWED = new RateDecision(true, Duration.ZERO);

    /** Whole seconds, rounded up, as the {@code Retry-After} header wants them. */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
