package cn.kaichuang.app.security;

import cn.kaichuang.identity.Account;
import cn.kaichuang.identity.Caller;
import cn.kaichuang.identity.LocalAccounts;
import cn.kaichuang.tenancy.Tenant;
import cn.kaichuang.tenancy.TenantCode;
import cn.kaichuang.tenancy.TenantDirectory;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Login of the {@code local} mode (DESIGN §4) over the accounts in schema {@code platform}.
 * Accounts of an institution that is not active cannot log in.
 */
@Service
class LocalAccountDetailsService implements UserDetailsService {

    private final LocalAccounts accounts;
    private final TenantDirectory tenants;

    LocalAccountDetailsService(LocalAccounts accounts, TenantDirectory tenants) {
        this.accounts = accounts;
        this.tenants = tenants;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        Account account = accounts.findByUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
        String hash = accounts.passwordHash(username).orElseThrow(() -> new UsernameNotFoundException("No such account"));
        TenantCode tenant = account.tenant();
        boolean institutionActive = tenant == null || tenants.find(tenant).map(Tenant::isActive).orElse(false);
        return new AccountUserDetails(Caller.of(account), hash, account.enabled(), institutionActive);
    }
}
