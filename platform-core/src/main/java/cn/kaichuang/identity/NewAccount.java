package cn.kaichuang.identity;

import cn.kaichuang.tenancy.TenantCode;
import org.jspecify.annotations.Nullable;

/** What it takes to open a local account; the password is hashed before it is stored. */
public record NewAccount(
        String username,
        String displayName,
        String rawPassword,
        Role role,
        @Nullable TenantCode tenant,
        @Nullable String regionCode) {

    public NewAccount {
        if (role.boundToInstitution() != (tenant != null)) {
            throw new IllegalArgumentException(role + (tenant == null ? " needs an institution" : " has no institution"));
        }
        if (role == Role.PREFECTURE_ADMIN && regionCode == null) {
            throw new IllegalArgumentException("A prefecture admin needs a region code");
        }
    }
}
