package cn.kaichuang.storage;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Names the one bucket each training institution (tenant) owns: a deployment-wide prefix plus the
 * tenant code. The prefix keeps our buckets apart from anything else on a shared S3 account and
 * lets several environments share one server.
 */
public final class TenantBuckets {

    public static final String DEFAULT_PREFIX = "kc-";

    private static final Pattern TENANT_CODE = Pattern.compile("[a-z][a-z0-9-]{1,31}");
    // No dots: they break TLS wildcard certificates for virtual-host style bucket URLs.
    private static final Pattern PURPOSE = Pattern.compile("[a-z][a-z0-9-]{1,30}[a-z0-9]");
    private static final Pattern PREFIX = Pattern.compile("([a-z0-9][a-z0-9-]*)?");

    private final String prefix;

    public TenantBuckets(String prefix) {
        if (!PREFIX.matcher(prefix).matches() || prefix.length() > 31) {
            throw new IllegalArgumentException("Invalid bucket prefix '" + prefix + "': must be at most 31 "
                    + "lower-case letters, digits and '-', starting with a letter or digit");
        }
        this.prefix = prefix;
    }

    public TenantBuckets() {
        this(DEFAULT_PREFIX);
    }

    public String prefix() {
        return prefix;
    }

    /**
     * @throws IllegalArgumentException if {@code tenantCode} is not a tenant code, or the resulting
     *     name breaks an S3 rule (for example a code ending in '-')
     */
    public String bucketFor(String tenantCode) {
        if (!TENANT_CODE.matcher(tenantCode).matches()) {
            throw new IllegalArgumentException("Invalid tenant code '" + tenantCode + "': must match "
                    + TENANT_CODE.pattern());
        }
        return BucketNames.requireValid(prefix + tenantCode);
    }

    /**
     * A bucket for objects of the platform itself, such as the province's courseware. The name
     * puts a digit where a tenant code has its first letter, so no institution's bucket can ever
     * take it, and {@link #tenantCodeOf} does not mistake it for one.
     *
     * @param purpose lower-case letters, digits and '-', such as {@code courseware}
     */
    public String platformBucket(String purpose) {
        if (!PURPOSE.matcher(purpose).matches()) {
            throw new IllegalArgumentException("Invalid platform bucket purpose '" + purpose + "': must match "
                    + PURPOSE.pattern());
        }
        return BucketNames.requireValid(prefix + "0-" + purpose);
    }

    /** The tenant code a bucket belongs to, or empty for buckets that are not tenant buckets. */
    public Optional<String> tenantCodeOf(String bucket) {
        if (!bucket.startsWith(prefix)) {
            return Optional.empty();
        }
        String code = bucket.substring(prefix.length());
        return TENANT_CODE.matcher(code).matches() && BucketNames.isValid(bucket)
                ? Optional.of(code)
                : Optional.empty();
    }
}
