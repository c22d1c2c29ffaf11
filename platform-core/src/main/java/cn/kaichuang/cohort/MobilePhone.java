package cn.kaichuang.cohort;

import org.jspecify.annotations.Nullable;

/** A mainland mobile number as the real-name training system accepts it: 11 digits, 1[3-9]xxxxxxxxx. */
public final class MobilePhone {

    private MobilePhone() {
    }

    public static boolean isValid(@Nullable String value) {
        return value != null && value.strip().matches("1[3-9]\\d{9}");
    }

    /** Blank means none; anything else is kept stripped. */
    public static @Nullable String normalise(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
