package cn.kaichuang.identity;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who calls a core service, from Spring Security's context. Every login mechanism puts a
 * {@link CallerPrincipal} there. No authentication at all means the platform itself (jobs,
 * start-up work, the CLI), which never passes through the web filters; an anonymous visitor
 * or an unknown kind of principal is refused rather than guessed at. Work run through
 * {@link AsPlatform} is the platform's too.
 */
@Component
public class CurrentCaller {

    private final AsPlatform asPlatform;

    CurrentCaller(AsPlatform asPlatform) {
        this.asPlatform = asPlatform;
    }

    public Caller get() {
        if (asPlatform.active()) {
            return Caller.SYSTEM;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return Caller.SYSTEM;
        }
        if (!(authentication instanceof AnonymousAuthenticationToken) && authentication.isAuthenticated()
                && authentication.getPrincipal() instanceof CallerPrincipal principal) {
            return principal.caller();
        }
        throw new AccessRefusedException("no signed-in caller");
    }
}
