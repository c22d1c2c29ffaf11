package cn.kaichuang.app.security;

import cn.kaichuang.identity.Caller;
import cn.kaichuang.identity.CallerPrincipal;
import java.util.Objects;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The logged-in user of the current request, from Spring Security's context. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static Optional<SignedInUser> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            return Optional.empty();
        }
        // Every login mechanism's principal is a CallerPrincipal (Keycloak's already, local accounts' soon).
        if (authentication.getPrincipal() instanceof CallerPrincipal principal && !principal.caller().isSystem()) {
            Caller caller = principal.caller();
            return Optional.of(new SignedInUser(caller.username(), caller.displayName(),
                    Objects.requireNonNull(caller.role()), caller.tenant(), caller.regionCode()));
        }
        if (authentication.getPrincipal() instanceof AccountUserDetails details) {
            return Optional.of(details.account());
        }
        return Optional.empty();
    }

    /** For views that only logged-in users reach. */
    public static SignedInUser require() {
        return get().orElseThrow(() -> new IllegalStateException("No user is logged in"));
    }
}
