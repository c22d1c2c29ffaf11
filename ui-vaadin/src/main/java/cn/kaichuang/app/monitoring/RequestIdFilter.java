package cn.kaichuang.app.monitoring;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id in the log context ({@code request_id}, a field of structured logs)
 * and in the {@code X-Request-ID} response header. An id the ingress already set is kept, so a
 * line in the application log can be matched with the ingress's access log.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestIdFilter extends OncePerRequestFilter {

    static final String HEADER = "X-Request-ID";
    static final String LOG_KEY = "request_id";
    // Only ids that are safe to write into a log line; anything else is replaced.
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String given = request.getHeader(HEADER);
        String id = given != null && SAFE.matcher(given).matches() ? given : newId();
        response.setHeader(HEADER, id);
        MDC.put(LOG_KEY, id);
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(LOG_KEY);
        }
    }

    /**
     * A random (version 4) UUID from {@link ThreadLocalRandom}: the id only has to tell requests
     * apart in the logs, not be unguessable, and {@code UUID.randomUUID()} took the JVM-wide lock of
     * the secure generator and a read of {@code /dev/urandom} on every request.
     */
    static String newId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = random.nextLong() & ~0xF000L | 0x4000L;
        long low = random.nextLong() & ~(0xCL << 60) | 0x8L << 60;
        return new UUID(high, low).toString();
    }
}
