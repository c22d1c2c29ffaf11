package cn.kaichuang.identity;

/** What a person does on the platform (DESIGN §4). Onboarding staff use the CLI instead. */
public enum Role {
    PROVINCE_ADMIN(false),
    PREFECTURE_ADMIN(false),
    INSTITUTION_ADMIN(true),
    LECTURER(true),
    EXPERT(true),
    MENTOR(true),
    TRAINEE(true);

    private final boolean bound;

    Role(boolean boundToInstitution) {
        this.bound = boundToInstitution;
    }

    /** Whether an account of this role works inside one institution. */
    public boolean boundToInstitution() {
        return bound;
    }

    /** Spring Security authority name. */
    public String authority() {
        return "ROLE_" + name();
    }
}
