package cn.kaichuang.app.security;

import cn.kaichuang.identity.CallerPrincipal;
import cn.kaichuang.tenancy.TenantCode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends the session of anyone working for an institution that is no longer active, on their
 * next request: a page load goes to {@code RefusedView} with the reason; a Vaadin round trip
 * goes on without a login, which the client answers by reloading, and so lands there too.
 */
final class TenantStatusFilter extends OncePerRequestFilter {

    static final String REFUSED_SUSPENDED = "/refused?reason=suspended";

    private final TenantStatusCache tenants;
    private final SecurityContextLogoutHandler logout = new SecurityContextLogoutHandler();

    TenantStatusFilter(TenantStatusCache tenants) {
        this.tenants = tenants;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        Optional<TenantCode> tenant = authentication != null
                && authentication.getPrincipal() instanceof CallerPrincipal principal
                ? principal.caller().tenantCode() : Optional.empty();
        if (tenant.isEmpty() || tenants.isActive(tenant.get())) {
            chain.doFilter(request, response);
            return;
        }
        logger.info("Ended the session of " + authentication.getName() + ": institution " + tenant.get()
                + " is not active");
        logout.logout(request, response, authentication);
        if (request.getParameter("v-r") != null) {
            chain.doFilter(request, response);
        } else {
            response.sendRedirect(request.getContextPath() + REFUSED_SUSPENDED);
        }
    }
}
