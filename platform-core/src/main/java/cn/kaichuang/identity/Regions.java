package cn.kaichuang.identity;

import org.jspecify.annotations.Nullable;

/**
 * GB/T 2260 region codes: a supervising authority's code, stripped of its trailing pairs of
 * zeros, is the prefix of every region below it (430100 长沙市 covers 4301xx, 430000 湖南省 43xxxx).
 */
public final class Regions {

    private Regions() {
    }

    public static boolean supervises(@Nullable String authority, String region) {
        if (authority == null || !authority.matches("\\d{6}")) {
            return false;
        }
        String prefix = authority.replaceFirst("(00)+$", "");
        return !prefix.isEmpty() && region.startsWith(prefix);
    }
}
