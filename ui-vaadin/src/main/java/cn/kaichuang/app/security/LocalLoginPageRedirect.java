package cn.kaichuang.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * In {@code oidc} mode the local login form must not be reachable: it would post passwords to
 * an address nothing checks. A bookmarked {@code /login} goes to Keycloak instead.
 */
final class LocalLoginPageRedirect extends OncePerRequestFilter {

    private final String keycloakLogin;

    LocalLoginPageRedirect(String keycloakLogin) {
        this.keycloakLogin = keycloakLogin;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals("/login") || path.startsWith("/login/")) {
            response.sendRedirect(request.getContextPath() + keycloakLogin);
            return;
        }
        chain.doFilter(request, response);
    }
}
