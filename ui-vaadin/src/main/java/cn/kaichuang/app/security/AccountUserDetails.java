package cn.kaichuang.app.security;

import cn.kaichuang.identity.Caller;
import cn.kaichuang.identity.CallerPrincipal;
import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * A local account as Spring Security sees it. Extends {@link User} so the password hash is
 * erased from the session once the login has been checked; as a {@link CallerPrincipal} it
 * tells the core services who calls them, the same way every other login mechanism does.
 */
public final class AccountUserDetails extends User implements CallerPrincipal {

    private final Caller caller;

    AccountUserDetails(Caller caller, String passwordHash, boolean enabled, boolean unlocked) {
        super(caller.username(), passwordHash, enabled, true, true, unlocked,
                List.of(new SimpleGrantedAuthority(caller.role() == null ? "ROLE_NONE" : caller.role().authority())));
        this.caller = caller;
    }

    @Override
    public Caller caller() {
        return caller;
    }
}
