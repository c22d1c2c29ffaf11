package cn.kaichuang.protection;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Named token-bucket limits (Bucket4j) per key: login per address and per username now,
 * check-in and exam endpoints when they come. Buckets live in this replica's memory; behind
 * a load balancer with sticky sessions a client meets mostly one replica, so a limit holds
 * within a factor of the replica count. A bucket refills all at once at the end of its period,
 * so "10 a minute" means at most 10 in any minute-long window that starts with a refill.
 */
@Service
public class RateLimits {

    public static final String LOGIN_BY_ADDRESS = "login-address";
    public static final String LOGIN_BY_USERNAME = "login-username";
    public static final String CHECK_IN = "check-in";
    public static final String EXAM = "exam";
    /** Public certificate verification per address: enough for a person, too slow to enumerate serials. */
    public static final String CERTIFICATE_VERIFY = "certificate-verify";

    private final Map<String, RateLimitProperties.Limit> limits;
    private final Cache<String, Bucket> buckets;

    RateLimits(RateLimitProperties properties) {
        this.limits = properties.rateLimits();
        Duration longest = limits.values().stream().map(RateLimitProperties.Limit::period)
                .max(Duration::compareTo).orElse(Duration.ofMinutes(1));
        // An idle bucket is full again after its period, so forgetting it then loses nothing.
        this.buckets = Caffeine.newBuilder().expireAfterAccess(longest).maximumSize(200_000).build();
    }

    /** Takes one token from {@code key}'s bucket of the named limit. */
    public RateDecision tryConsume(String limitName, String key) {
        RateLimitProperties.Limit limit = limits.get(limitName);
        if (limit == null) {
            throw new IllegalArgumentException("No rate limit named " + limitName + "; configured: " + limits.keySet());
        }
        Bucket bucket = buckets.get(limitName + '\u0000' + key, unused -> Bucket.builder()
                .addLimit(bandwidth -> bandwidth.capacity(limit.capacity())
                        .refillIntervally(limit.capacity(), limit.period()))
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? RateDecision.ALLOWED
                : new RateDecision(false, Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }
}
