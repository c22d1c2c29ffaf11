package cn.kaichuang.app.security;

import cn.kaichuang.identity.Caller;
import cn.kaichuang.tenancy.TenantCode;
import cn.kaichuang.tenancy.TenantContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Makes the logged-in user's institution the current tenant for the rest of the request,
 * Vaadin's included (push is off, so every UI round trip is a servlet request on this thread).
 * {@link TenantContext#call} restores the previous state in {@code finally}, so a pooled
 * thread never carries one institution into the next request. Without an institution (the
 * authorities, anonymous requests) nothing is set, and tenant data stays out of reach.
 */
final class TenantContextFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<TenantCode> tenant = CurrentUser.get().flatMap(Caller::tenantCode);
        if (tenant.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        try {
            TenantContext.call(tenant.get(), () -> {
                try {
                    chain.doFilter(request, response);
                    return null;
                } catch (IOException | ServletException e) {
                    throw new Tunnel(e);
                }
            });
        } catch (Tunnel tunnel) {
            if (tunnel.getCause() instanceof IOException io) {
                throw io;
            }
            throw (ServletException) tunnel.getCause();
        }
    }

    /** Carries the chain's checked exceptions through {@link TenantContext#call}. */
    private static final class Tunnel extends RuntimeException {

        Tunnel(Exception cause) {
            super(cause);
        }
    }
}
