package cn.kaichuang.tenancy;

import java.util.regex.Pattern;

/**
 * The short, stable code of a training institution; names its schema, its role and its bucket.
 */
public record TenantCode(String value) implements Comparable<TenantCode> {

    private static final Pattern VALID = Pattern.compile("[a-z][a-z0-9-]{1,31}");

    public TenantCode {
        if (value == null || !VALID.matcher(value).matches()) {
            throw new InvalidTenantCodeException(value);
        }
    }

    public static TenantCode of(String value) {
        return new TenantCode(value);
    }

    /** PostgreSQL schema of the tenant: {@code t_} and the code with '-' as '_'. */
    public String schemaName() {
        return "t_" + value.replace('-', '_');
    }

    @Override
    public int compareTo(TenantCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
