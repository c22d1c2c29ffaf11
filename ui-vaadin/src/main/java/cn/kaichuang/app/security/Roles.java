package cn.kaichuang.app.security;

import cn.kaichuang.identity.Role;

/**
 * {@link Role} names as compile-time constants, for {@code @RolesAllowed} on views (annotation
 * values cannot name enum constants). {@code RolesTest} keeps the two in step.
 */
public final class Roles {

    public static final String PROVINCE_ADMIN = "PROVINCE_ADMIN";
    public static final String PREFECTURE_ADMIN = "PREFECTURE_ADMIN";
    public static final String INSTITUTION_ADMIN = "INSTITUTION_ADMIN";
    public static final String LECTURER = "LECTURER";
    public static final String EXPERT = "EXPERT";
    public static final String MENTOR = "MENTOR";
    public static final String TRAINEE = "TRAINEE";

    private Roles() {
    }
}
