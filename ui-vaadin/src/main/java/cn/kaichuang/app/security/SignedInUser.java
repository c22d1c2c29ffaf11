package cn.kaichuang.app.security;

import cn.kaichuang.identity.Account;
import cn.kaichuang.identity.Role;
import cn.kaichuang.tenancy.TenantCode;
import java.io.Serializable;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Who is logged in, as the views and the tenant filter need it. Kept in the HTTP session with
 * the authentication, hence plain serializable values.
 *
 * @param tenant the institution's code for institution-bound roles
 * @param regionCode the prefecture a prefecture admin supervises
 */
public record SignedInUser(String username, String displayName, Role role, @Nullable String tenant,
        @Nullable String regionCode) implements Serializable {

    public static SignedInUser of(Account account) {
        TenantCode tenant = account.tenant();
        return new SignedInUser(account.username(), account.displayName(), account.role(),
                tenant == null ? null : tenant.value(), account.regionCode());
    }

    public Optional<TenantCode> tenantCode() {
        return Optional.ofNullable(tenant).map(TenantCode::of);
    }
}
