package cn.kaichuang.testsupport;

import cn.kaichuang.identity.Caller;
import cn.kaichuang.identity.CallerPrincipal;
import cn.kaichuang.identity.Role;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticatedPrincipal;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs test code as a signed-in person would call the services, whatever the login mechanism. */
public final class SignedIn {

    private SignedIn() {
    }

    public static Caller caller(String username, Role role, @Nullable String tenant, @Nullable String region) {
        return new Caller(username, username, role, tenant, region);
    }

    public static <T> T as(Caller caller, Supplier<T> work) {
        var authentication = UsernamePasswordAuthenticationToken.authenticated(new Principal(caller), null,
                List.of(new SimpleGrantedAuthority(caller.role() == null ? "ROLE_SYSTEM" : caller.role().authority())));
        SecurityContextHolder.getContext().setAuthentication(authentication);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    public static void run(Caller caller, Runnable work) {
        as(caller, () -> {
            work.run();
            return null;
        });
    }

    /** Named like every real login's principal, by the username. */
    record Principal(Caller caller) implements CallerPrincipal, AuthenticatedPrincipal {

        @Override
        public String getName() {
            return caller.username();
        }
    }
}
