package cn.kaichuang.app.security;

import cn.kaichuang.identity.LocalAccounts;
import cn.kaichuang.identity.LoginLockout;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The password login of the {@code local} mode: refuses a locked account before its password
 * is checked (and says until when), and re-hashes a password whose hash is older or weaker
 * than the current encoder's at the first successful login.
 */
@Configuration(proxyBeanMethods = false)
class LocalLoginConfiguration {

    @Bean
    DaoAuthenticationProvider localAuthenticationProvider(LocalAccountDetailsService users,
            PasswordEncoder passwordEncoder, LoginLockout lockout, LocalAccounts accounts) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(passwordEncoder);
        provider.setUserDetailsPasswordService(passwordUpgrade(accounts));
        AccountStatusUserDetailsChecker status = new AccountStatusUserDetailsChecker();
        provider.setPreAuthenticationChecks(user -> {
            lockout.lockedUntil(user.getUsername()).ifPresent(until -> {
                throw new AccountLockedException(until);
            });
            status.check(user);
        });
        return provider;
    }

    private static UserDetailsPasswordService passwordUpgrade(LocalAccounts accounts) {
        return (user, newHash) -> {
            accounts.upgradePasswordHash(user.getUsername(), newHash);
            return user;
        };
    }
}
