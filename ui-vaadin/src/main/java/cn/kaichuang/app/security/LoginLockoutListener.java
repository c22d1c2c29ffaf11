package cn.kaichuang.app.security;

import cn.kaichuang.identity.LoginLockout;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Counts wrong passwords of the form login towards the lockout, from Spring Security's
 * authentication events; a successful login clears the count.
 */
@Component
class LoginLockoutListener {

    private final LoginLockout lockout;

    LoginLockoutListener(LoginLockout lockout) {
        this.lockout = lockout;
    }

    @EventListener
    void onWrongPassword(AuthenticationFailureBadCredentialsEvent event) {
        if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken token) {
            lockout.recordFailure(token.getName());
        }
    }

    @EventListener
    void onLogin(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof AccountUserDetails details) {
            lockout.recordSuccess(details.getUsername());
        }
    }
}
