package cn.kaichuang.app.monitoring;

import cn.kaichuang.operations.RequestFigures;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Counts every request of this replica per endpoint ({@link EndpointName}) until the sampler
 * drains the counts. Its own filter rather than Micrometer's {@code http.server.requests}: there
 * the {@code uri} tag is "/**" or "UNKNOWN" for all Vaadin and static traffic.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class RequestMeter extends OncePerRequestFilter {

    private final AtomicReference<Map<String, Tally>> current = new AtomicReference<>(new ConcurrentHashMap<>());

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long start = System.nanoTime();
        int status = 500;
        try {
            chain.doFilter(request, response);
            status = response.getStatus();
        } finally {
            long millis = (System.nanoTime() - start) / 1_000_000;
            String endpoint = EndpointName.of(request.getMethod(), request.getRequestURI()
                    .substring(request.getContextPath().length()), vaadinKind(request.getQueryString()));
            current.get().computeIfAbsent(endpoint, e -> new Tally()).add(status, millis);
        }
    }

    /**
     * The {@code v-r} query parameter, read from the raw query string: with {@code getParameter}
     * here the browser tests' logins failed (the container then parses form bodies itself).
     */
    static @Nullable String vaadinKind(@Nullable String query) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            if (pair.startsWith("v-r=")) {
                return pair.substring(4);
            }
        }
        return null;
    }

    /** The counts since the last drain; counting continues in a fresh map. */
    List<RequestFigures> drain() {
        Map<String, Tally> taken = current.getAndSet(new ConcurrentHashMap<>());
        return taken.entrySet().stream().map(e -> e.getValue().figures(e.getKey())).toList();
    }

    /** Guarded by its own lock: a few fields updated together per request. */
    private static final class Tally {
        private long requests;
        private long clientErrors;
        private long serverErrors;
        private long totalMillis;
        private long maxMillis;

        synchronized void add(int status, long millis) {
            requests++;
            clientErrors += status >= 400 && status < 500 ? 1 : 0;
            serverErrors += status >= 500 ? 1 : 0;
            totalMillis += millis;
            maxMillis = Math.max(maxMillis, millis);
        }

        synchronized RequestFigures figures(String endpoint) {
            return new RequestFigures(endpoint, requests, clientErrors, serverErrors, totalMillis, maxMillis);
        }
    }
}
