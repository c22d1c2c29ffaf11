package cn.kaichuang.supervision.internal;

import java.time.ZoneId;

/** GB/T 2260 region codes as SQL {@code LIKE} patterns: 430100 → {@code 4301%}, 430000 → {@code 43%}. */
public final class RegionScope {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    /** Every region: the province's and the platform's scope. */
    public static final String EVERYWHERE = "%";
    /** Matches no region: the scope of a caller without one. */
    public static final String NOWHERE = "-";

    private RegionScope() {
    }

    public static String prefix(String regionCode) {
        if (!regionCode.matches("\\d{6}")) {
            return NOWHERE;
        }
        String prefix = regionCode.replaceFirst("(00)+$", "");
        return prefix.isEmpty() ? NOWHERE : prefix + "%";
    }
}
