package cn.kaichuang.certificate;

import cn.kaichuang.cohort.CourseType;
import java.util.regex.Pattern;

/**
 * Province-wide serial numbers: province code, year, course, then a platform-wide sequence,
 * e.g. {@code 43-2026-SYB-000123}. Short enough to read out on the phone, unique because the
 * sequence is one for the whole province.
 */
final class SerialNumbers {

    private static final Pattern FORMAT = Pattern.compile("\\d{2}-\\d{4}-(GYB|SYB|IYB|EYB|ONL)-\\d{6,}");

    private SerialNumbers() {
    }

    static String format(String regionCode, int year, CourseType type, long sequence) {
        String course = type == CourseType.ONLINE ? "ONL" : type.name();
        return "%s-%d-%s-%06d".formatted(regionCode.substring(0, 2), year, course, sequence);
    }

    static boolean isWellFormed(String serial) {
        return FORMAT.matcher(serial).matches();
    }
}
