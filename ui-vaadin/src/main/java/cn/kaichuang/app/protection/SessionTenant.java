package cn.kaichuang.app.protection;

import cn.kaichuang.identity.CallerPrincipal;
import cn.kaichuang.tenancy.TenantCode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * The institution of the user logged in to this request's session, read from the session
 * directly: the firewall runs before Spring Security has loaded its context.
 */
final class SessionTenant {

    private SessionTenant() {
    }

    static Optional<TenantCode> of(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)
                instanceof SecurityContext context)) {
            return Optional.empty();
        }
        Authentication authentication = context.getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            return Optional.empty();
        }
        Object principal = authentication.getPrincipal();
        if (principal instanceof CallerPrincipal caller) {
            return caller.caller().tenantCode();
        }
        return Optional.empty();
    }
}
