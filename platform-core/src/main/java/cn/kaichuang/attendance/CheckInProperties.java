package cn.kaichuang.attendance;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code kaichuang.check-in.*}: the geofence and the timing of check-in windows and roll-calls.
 *
 * @param tokenKey Base64 HMAC key of the QR tokens; when unset it is derived from the blind-index key,
 *     so every replica and restart accepts the same tokens without another secret to distribute
 * @param radiusMeters how far from the venue a check-in may be
 * @param accuracyLimitMeters the worst position accuracy the phone may report
 * @param before how long before a session's start a window may open
 * @param after how long after a session's start a window stays open by default
 * @param rollCallAnswer how long trainees have to answer a roll-call
 * @param photoMaxBytes the largest photo evidence accepted
 */
@ConfigurationProperties("kaichuang.check-in")
public record CheckInProperties(@Nullable String tokenKey, @Nullable Integer radiusMeters,
        @Nullable Integer accuracyLimitMeters, @Nullable Duration before, @Nullable Duration after,
        @Nullable Duration rollCallAnswer, @Nullable Long photoMaxBytes) {

    public CheckInProperties {
        radiusMeters = radiusMeters == null ? 300 : radiusMeters;
        accuracyLimitMeters = accuracyLimitMeters == null ? 200 : accuracyLimitMeters;
        before = before == null ? Duration.ofMinutes(15) : before;
        after = after == null ? Duration.ofMinutes(30) : after;
        rollCallAnswer = rollCallAnswer == null ? Duration.ofMinutes(2) : rollCallAnswer;
        photoMaxBytes = photoMaxBytes == null ? 5L * 1024 * 1024 : photoMaxBytes;
    }
}
