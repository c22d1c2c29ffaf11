package cn.kaichuang.app.security;

import cn.kaichuang.identity.Caller;
import cn.kaichuang.identity.CallerPrincipal;
import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * A local account as Spring Security sees it. Extends {@link User} so the password hash is
 * erased from the session once the login has been checked.
 */
public final class AccountUserDetails extends User implements CallerPrincipal {

    private final SignedInUser account;

    AccountUserDetails(SignedInUser account, String passwordHash, boolean enabled, boolean unlocked) {
        super(account.username(), passwordHash, enabled, true, true, unlocked,
                List.of(new SimpleGrantedAuthority(account.role().authority())));
        this.account = account;
    }

    public SignedInUser account() {
        return account;
    }

    @Override
    public Caller caller() {
        return new Caller(account.username(), account.displayName(), account.role(), account.tenant(),
                account.regionCode());
    }
}
