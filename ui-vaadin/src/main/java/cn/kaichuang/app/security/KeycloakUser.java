package cn.kaichuang.app.security;

import cn.kaichuang.identity.Caller;
import cn.kaichuang.identity.CallerPrincipal;
import cn.kaichuang.tenancy.TenantCode;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * A person logged in through Keycloak ({@code oidc} mode). The token may name several
 * institutions; until the person picks one, {@link #caller()} has no tenant and
 * {@link #choosing()} is true, and no institution's data is in reach.
 */
public final class KeycloakUser extends DefaultOidcUser implements CallerPrincipal {

    static final String NAME_CLAIM = "preferred_username";

    private final Caller caller;
    private final List<String> tenants;

    KeycloakUser(OidcUser token, Collection<? extends GrantedAuthority> authorities, Caller caller,
            List<String> tenants) {
        super(authorities, token.getIdToken(), token.getUserInfo(), NAME_CLAIM);
        this.caller = caller;
        this.tenants = List.copyOf(tenants);
    }

    @Override
    public Caller caller() {
        return caller;
    }

    /** The active institutions the token names for this person, in the token's order. */
    public List<String> tenants() {
        return tenants;
    }

    public boolean choosing() {
        return caller.role() != null && caller.role().boundToInstitution() && caller.tenant() == null;
    }

    /** The same person, now working for {@code tenant}, which must be one of {@link #tenants()}. */
    KeycloakUser workingFor(TenantCode tenant) {
        if (!tenants.contains(tenant.value())) {
            throw new IllegalArgumentException("Not one of the person's institutions: " + tenant);
        }
        Caller chosen = new Caller(caller.username(), caller.displayName(), caller.role(), tenant.value(),
                caller.regionCode());
        return new KeycloakUser(this, getAuthorities(), chosen, tenants);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof KeycloakUser user && super.equals(other) && caller.equals(user.caller);
    }

    @Override
    public int hashCode() {
        return 31 * super.hashCode() + caller.hashCode();
    }
}
