package cn.kaichuang.app.demo;

import cn.kaichuang.identity.Caller;
import cn.kaichuang.identity.CallerPrincipal;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticatedPrincipal;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Signs a demo person in for the duration of some work, as the login would, so the demo data
 * goes through the same guarded services (and audit) as a real user's actions.
 */
final class DemoSignIn {

    /** Named like every real login's principal, by the username. */
    private record DemoPrincipal(Caller caller) implements CallerPrincipal, AuthenticatedPrincipal {

        @Override
        public String getName() {
            return caller.username();
        }
    }

    private DemoSignIn() {
    }

    static <T> T as(Caller caller, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(new DemoPrincipal(caller),
                null, List.of(new SimpleGrantedAuthority(caller.role() == null ? "ROLE_SYSTEM"
                        : caller.role().authority()))));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
