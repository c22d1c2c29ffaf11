package cn.kaichuang.app.security;

import com.vaadin.flow.server.PwaConfiguration;
import com.vaadin.flow.server.communication.PwaHandler;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Set;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Serves the installable-app files (manifest, offline page, icons, the service worker's precache
 * list) without creating a session. Vaadin hands them out through a session-bound handler, so a
 * request without a live session got a new one and its cookie. The service worker fetches these
 * files while the login page is open; a fetch sent just before the login changed the session id
 * arrived with the old id, received a fresh anonymous session, and its cookie replaced the
 * logged-in one: the person landed on the login page again right after logging in. The files are
 * the same for everyone, so such a request gets a session of its own that lives only while it is
 * answered.
 */
final class SessionlessPwaResources extends OncePerRequestFilter {

    private static final Set<String> FILES = Set.of("/" + PwaConfiguration.DEFAULT_PATH,
            "/" + PwaHandler.DEFAULT_OFFLINE_STUB_PATH, "/" + PwaConfiguration.DEFAULT_OFFLINE_PATH,
            PwaHandler.SW_RUNTIME_PRECACHE_PATH);
    private static final String ICONS = "/" + PwaConfiguration.DEFAULT_ICON.substring(0,
            PwaConfiguration.DEFAULT_ICON.indexOf('/') + 1);

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !(FILES.contains(path) || path.startsWith(ICONS));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getSession(false) != null) {
            chain.doFilter(request, response);
            return;
        }
        DetachedSession session = new DetachedSession(request.getServletContext());
        try {
            chain.doFilter(new WithoutStoredSession(request, session), response);
        } finally {
            session.invalidate();
        }
    }

    /** The request as the rest of the chain sees it: its session is the detached one. */
    private static final class WithoutStoredSession extends HttpServletRequestWrapper {

        private final DetachedSession session;

        WithoutStoredSession(HttpServletRequest request, DetachedSession session) {
            super(request);
            this.session = session;
        }

        @Override
        public HttpSession getSession(boolean create) {
            return create || session.used() ? session.use() : null;
        }

        @Override
        public HttpSession getSession() {
            return session.use();
        }

        @Override
        public String changeSessionId() {
            return session.getId();
        }

        @Override
        public boolean isRequestedSessionIdValid() {
            return false;
        }
    }
}
