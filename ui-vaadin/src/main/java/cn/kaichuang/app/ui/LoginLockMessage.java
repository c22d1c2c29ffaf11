package cn.kaichuang.app.ui;

import cn.kaichuang.app.security.AccountLockedException;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import java.time.Instant;
import java.util.Optional;
import org.springframework.security.web.WebAttributes;

/**
 * The end of the lock that refused the last login of this browser session: Spring Security's
 * failure handler leaves the exception in the HTTP session for the login page.
 */
final class LoginLockMessage {

    private LoginLockMessage() {
    }

    static Optional<Instant> lockedUntil() {
        VaadinSession vaadin = VaadinSession.getCurrent();
        WrappedSession session = vaadin == null ? null : vaadin.getSession();
        if (session != null && session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION)
                instanceof AccountLockedException locked) {
            return Optional.of(locked.until());
        }
        return Optional.empty();
    }
}
