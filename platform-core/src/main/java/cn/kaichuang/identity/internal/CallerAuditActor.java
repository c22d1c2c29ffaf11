package cn.kaichuang.identity.internal;

import cn.kaichuang.audit.AuditActor;
import cn.kaichuang.identity.CallerPrincipal;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Names the logged-in person in audit entries by their username, whatever the login mechanism:
 * under OIDC {@link Authentication#getName()} is the opaque subject id. Jobs and start-up work
 * (no authentication) are {@code system}.
 */
@Component
class CallerAuditActor implements AuditActor {

    @Override
    public String current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            return "system";
        }
        return authentication.getPrincipal() instanceof CallerPrincipal principal ? principal.caller().username()
                : authentication.getName();
    }
}
