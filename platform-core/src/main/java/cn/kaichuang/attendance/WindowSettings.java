package cn.kaichuang.attendance;

import org.jspecify.annotations.Nullable;

/** What the lecturer may set when opening a window; null means the configured default. */
public record WindowSettings(@Nullable Integer radiusMeters, @Nullable Integer accuracyLimitMeters,
        boolean requireIdDigits) {

    public static final WindowSettings DEFAULTS = new WindowSettings(null, null, false);
}
