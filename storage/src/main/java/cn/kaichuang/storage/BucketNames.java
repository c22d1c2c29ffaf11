package cn.kaichuang.storage;

import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The S3 rules for general-purpose bucket names. Checked on our side because servers differ in
 * how strictly they enforce them, and a name MinIO accepts must also work on any S3 we move to.
 */
public final class BucketNames {

    private static final Pattern SHAPE = Pattern.compile("[a-z0-9][a-z0-9.-]*[a-z0-9]");
    private static final Pattern IP_ADDRESS = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final List<String> RESERVED_PREFIXES = List.of("xn--", "sthree-", "amzn-s3-demo-");
    private static final List<String> RESERVED_SUFFIXES =
            List.of("-s3alias", "--ol-s3", ".mrap", "--x-s3", "--table-s3");

    private BucketNames() {
    }

    public static boolean isValid(String name) {
        return problem(name) == null;
    }

    /**
     * @return {@code name}
     * @throws IllegalArgumentException saying which rule {@code name} breaks
     */
    public static String requireValid(String name) {
        String problem = problem(name);
        if (problem != null) {
            throw new IllegalArgumentException("Invalid bucket name '" + name + "': " + problem);
        }
        return name;
    }

    private static @Nullable String problem(String name) {
        if (name.length() < 3 || name.length() > 63) {
            return "must be 3 to 63 characters long, is " + name.length();
        }
        if (!SHAPE.matcher(name).matches()) {
            return "may contain only lower-case letters, digits, '.' and '-', "
                    + "and must begin and end with a letter or digit";
        }
        if (name.contains("..")) {
            return "must not contain two adjacent periods";
        }
        if (IP_ADDRESS.matcher(name).matches()) {
            return "must not look like an IP address";
        }
        for (String prefix : RESERVED_PREFIXES) {
            if (name.startsWith(prefix)) {
                return "must not start with the reserved prefix '" + prefix + "'";
            }
        }
        for (String suffix : RESERVED_SUFFIXES) {
            if (name.endsWith(suffix)) {
                return "must not end with the reserved suffix '" + suffix + "'";
            }
        }
        return null;
    }
}
