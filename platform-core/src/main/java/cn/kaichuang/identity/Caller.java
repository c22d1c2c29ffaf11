package cn.kaichuang.identity;

import cn.kaichuang.tenancy.TenantCode;
import java.io.Serializable;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Who calls a core service: the person logged in (local or Keycloak login), or the platform
 * itself for jobs, start-up work and the provisioning CLI. Kept in the HTTP session with the
 * authentication, hence plain serializable values.
 *
 * @param tenant the institution's code for institution-bound roles (the one picked after login
 *     when a person works in several)
 * @param regionCode the prefecture a prefecture admin supervises (GB/T 2260)
 */
public record Caller(String username, String displayName, @Nullable Role role, @Nullable String tenant,
        @Nullable String regionCode) implements Serializable {

    /** Jobs, start-up work and the CLI: no person, no role. */
    public static final Caller SYSTEM = new Caller("system", "system", null, null, null);

    public static Caller of(Account account) {
        TenantCode tenant = account.tenant();
        return new Caller(account.username(), account.displayName(), account.role(),
                tenant == null ? null : tenant.value(), account.regionCode());
    }

    public Optional<TenantCode> tenantCode() {
        return Optional.ofNullable(tenant).map(TenantCode::of);
    }

    public boolean isSystem() {
        return role == null;
    }

    public boolean is(Role candidate) {
        return role == candidate;
    }
}
