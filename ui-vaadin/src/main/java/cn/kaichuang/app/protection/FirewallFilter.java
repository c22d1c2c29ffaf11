package cn.kaichuang.app.protection;

import cn.kaichuang.protection.FirewallDecision;
import cn.kaichuang.protection.FirewallRules;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Applies the firewall lists to every request, before Spring Security: the global lists
 * always, the institution's lists once the session belongs to one of its users. Health
 * probes pass, so an allow list never makes the orchestrator restart healthy replicas.
 */
final class FirewallFilter extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(FirewallFilter.class);

    private final ObjectProvider<FirewallRules> rules;
    private final Refusals refusals;

    FirewallFilter(ObjectProvider<FirewallRules> rules, Refusals refusals) {
        this.rules = rules;
        this.refusals = refusals;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<InetAddress> client = ClientAddress.of(request);
        if (client.isEmpty()) {
            // Not an IP peer (a Unix socket, a test): nothing to match, and nothing listed could be it.
            chain.doFilter(request, response);
            return;
        }
        FirewallDecision decision = rules.getObject().decide(client.get(), SessionTenant.of(request));
        if (!decision.allowed()) {
            LOG.info("Firewall {} {} {}", decision, client.get().getHostAddress(), request.getRequestURI());
            refusals.forbidden(request, response, client.get().getHostAddress());
            return;
        }
        chain.doFilter(request, response);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/actuator/health") || path.startsWith("/actuator/health/");
    }
}
