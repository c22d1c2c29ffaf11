package cn.kaichuang.certificate;

import cn.kaichuang.identity.Caller;
import cn.kaichuang.identity.CallerPrincipal;
import cn.kaichuang.identity.Role;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs test code as a logged-in person, the way the web app's login puts them in the context. */
final class CallerScope {

    private record Principal(Caller caller) implements CallerPrincipal {
    }

    private CallerScope() {
    }

    static Caller person(String username, Role role, @Nullable String tenant, @Nullable String region) {
        return new Caller(username, username, role, tenant, region);
    }

    static <T> T as(Caller caller, Supplier<T> work) {
        TestingAuthenticationToken token = new TestingAuthenticationToken(new Principal(caller), "n/a",
                List.of(new SimpleGrantedAuthority(caller.role() == null ? "ROLE_SYSTEM" : caller.role().authority())));
        token.setAuthenticated(true);
        SecurityContextHolder.getContext().setAuthentication(token);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    static void as(Caller caller, Runnable work) {
        as(caller, () -> {
            work.run();
            return null;
        });
    }
}
