package cn.kaichuang.tenancy;

import org.jspecify.annotations.Nullable;

/** A tenant code that does not match {@code [a-z][a-z0-9-]{1,31}}. */
public class InvalidTenantCodeException extends IllegalArgumentException {

    public InvalidTenantCodeException(@Nullable String code) {
        super("Invalid institution code '" + code
                + "': 2-32 characters, lower-case letters, digits and '-', starting with a letter");
    }
}
