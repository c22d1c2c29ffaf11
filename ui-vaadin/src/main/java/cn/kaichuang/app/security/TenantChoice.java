package cn.kaichuang.app.security;

import cn.kaichuang.tenancy.Tenant;
import cn.kaichuang.tenancy.TenantCode;
import cn.kaichuang.tenancy.TenantDirectory;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import java.util.List;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * The institution a Keycloak user works for, when their token names several: picked after
 * login and switched later. The choice replaces the session's authentication, so that every
 * later request (and {@link TenantContextFilter}) sees the new tenant.
 */
@Component
public class TenantChoice {

    private final TenantDirectory directory;
    private final TenantStatusCache status;
    private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    TenantChoice(TenantDirectory directory, TenantStatusCache status) {
        this.directory = directory;
        this.status = status;
    }

    /** Whether the current user must pick an institution before anything else. */
    public boolean pending() {
        return keycloakUser().map(KeycloakUser::choosing).orElse(false);
    }

    public boolean canSwitch() {
        return keycloakUser().map(user -> user.tenants().size() > 1).orElse(false);
    }

    /** The active institutions the current user may work for. */
    public List<Tenant> choices() {
        return keycloakUser().map(KeycloakUser::tenants).orElse(List.of()).stream()
                .map(TenantCode::of)
                .filter(status::isActive)
                .flatMap(code -> directory.find(code).stream())
                .toList();
    }

    /** @throws IllegalArgumentException if the institution is not one of {@link #choices()} */
    public void choose(TenantCode tenant) {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        if (!(current instanceof OAuth2AuthenticationToken token && token.getPrincipal() instanceof KeycloakUser user)
                || !status.isActive(tenant)) {
            throw new IllegalArgumentException("Cannot work for " + tenant);
        }
        KeycloakUser chosen = user.workingFor(tenant);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new OAuth2AuthenticationToken(chosen, chosen.getAuthorities(),
                token.getAuthorizedClientRegistrationId()));
        SecurityContextHolder.setContext(context);
        sessions.saveContext(context, VaadinServletRequest.getCurrent().getHttpServletRequest(),
                VaadinServletResponse.getCurrent().getHttpServletResponse());
    }

    private static Optional<KeycloakUser> keycloakUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof KeycloakUser user
                ? Optional.of(user) : Optional.empty();
    }
}
