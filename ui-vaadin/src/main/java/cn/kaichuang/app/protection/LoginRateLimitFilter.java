package cn.kaichuang.app.protection;

import cn.kaichuang.protection.RateDecision;
import cn.kaichuang.protection.RateLimits;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits login attempts (the form posted to {@code /login}) per client address and per
 * username, before Spring Security checks the password, so guessing costs no hashing either.
 */
final class LoginRateLimitFilter extends OncePerRequestFilter {

    private final ObjectProvider<RateLimits> limits;
    private final Refusals refusals;

    LoginRateLimitFilter(ObjectProvider<RateLimits> limits, Refusals refusals) {
        this.limits = limits;
        this.refusals = refusals;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String address = ClientAddress.of(request).map(a -> a.getHostAddress()).orElse(request.getRemoteAddr());
        RateDecision byAddress = limits.getObject().tryConsume(RateLimits.LOGIN_BY_ADDRESS, address);
        if (!byAddress.allowed()) {
            refusals.tooManyRequests(request, response, byAddress.retryAfterSeconds());
            return;
        }
        String username = request.getParameter("username");
        if (username != null && !username.isBlank()) {
            RateDecision byUsername = limits.getObject().tryConsume(RateLimits.LOGIN_BY_USERNAME,
                    username.strip().toLowerCase(Locale.ROOT));
            if (!byUsername.allowed()) {
                refusals.tooManyRequests(request, response, byUsername.retryAfterSeconds());
                return;
            }
        }
        chain.doFilter(request, response);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !("POST".equals(request.getMethod()) && path.equals("/login"));
    }
}
