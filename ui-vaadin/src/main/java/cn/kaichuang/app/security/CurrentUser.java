package cn.kaichuang.app.security;

import cn.kaichuang.identity.Caller;
import cn.kaichuang.identity.CallerPrincipal;
import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The person logged in for the current request, whatever the login mechanism: its principal
 * is a {@link CallerPrincipal}, as the core services expect.
 */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static Optional<Caller> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)
                && authentication.getPrincipal() instanceof CallerPrincipal principal) {
            return Optional.of(principal.caller());
        }
        return Optional.empty();
    }

    /** For views that only logged-in users reach. */
    public static Caller require() {
        return get().orElseThrow(() -> new IllegalStateException("No user is logged in"));
    }
}
