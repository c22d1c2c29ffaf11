package cn.kaichuang.app.security;

import cn.kaichuang.identity.Caller;
import cn.kaichuang.identity.Role;
import cn.kaichuang.tenancy.TenantCode;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Turns Keycloak's ID token into a {@link KeycloakUser}: the role from {@code realm_access.roles}
 * (the first of {@link Role}'s order when several are granted), the institutions from the
 * claim {@code tenant} (only active ones count), the prefecture from {@code region}. A token
 * without a platform role, or an institution-bound role without an active institution, is
 * refused with an error code that {@code RefusedView} explains.
 */
final class KeycloakUserService extends OidcUserService {

    static final String NO_ROLE = "kaichuang_no_role";
    static final String NO_TENANT = "kaichuang_no_tenant";
    /** A claim value that is no institution code is ignored, like an unknown institution. */
    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{1,31}");

    private final TenantStatusCache tenants;

    KeycloakUserService(TenantStatusCache tenants) {
        this.tenants = tenants;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser token = super.loadUser(request);
        Role role = roleOf(token).orElseThrow(() -> refusal(NO_ROLE));
        List<String> active = strings(token.getClaim("tenant")).stream()
                .filter(code -> CODE.matcher(code).matches() && tenants.isActive(TenantCode.of(code)))
                .toList();
        if (role.boundToInstitution() && active.isEmpty()) {
            throw refusal(NO_TENANT);
        }
        String tenant = role.boundToInstitution() && active.size() == 1 ? active.getFirst() : null;
        String username = token.getClaimAsString(KeycloakUser.NAME_CLAIM);
        Caller caller = new Caller(username, displayName(token, username), role, tenant,
                token.getClaimAsString("region"));
        return new KeycloakUser(token, List.of(new SimpleGrantedAuthority(role.authority())), caller,
                role.boundToInstitution() ? active : List.of());
    }

    private static Optional<Role> roleOf(OidcUser token) {
        Object realmAccess = token.getClaim("realm_access");
        List<String> granted = realmAccess instanceof Map<?, ?> map ? strings(map.get("roles")) : List.of();
        return Arrays.stream(Role.values()).filter(role -> granted.contains(role.name())).findFirst();
    }

    /** Chinese order, family name first, as people here write their names. */
    private static String displayName(OidcUser token, String username) {
        String family = token.getFamilyName();
        String given = token.getGivenName();
        String name = (family == null ? "" : family) + (given == null ? "" : given);
        return name.isBlank() ? username : name;
    }

    private static List<String> strings(@Nullable Object claim) {
        if (claim instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).toList();
        }
        return claim == null ? List.of() : List.of(String.valueOf(claim));
    }

    private static OAuth2AuthenticationException refusal(String code) {
        return new OAuth2AuthenticationException(new OAuth2Error(code), code);
    }
}
