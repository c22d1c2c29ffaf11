package cn.kaichuang.audit.internal;

import cn.kaichuang.audit.AuditActor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The logged-in user's name, or {@code system} for jobs and start-up work. */
class SecurityContextActor implements AuditActor {

    @Override
    public String current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || !authentication.isAuthenticated() ? "system" : authentication.getName();
    }
}
