package cn.kaichuang.app.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Requests on a separate management port (the chart's 8081, reachable only by the cluster's
 * monitoring through a NetworkPolicy) need no login, so Prometheus can scrape
 * {@code /actuator/prometheus}. On the application's own port actuator stays behind the login,
 * apart from health; with no separate management port this chain matches nothing.
 */
@Configuration(proxyBeanMethods = false)
class ManagementPortSecurity {

    @Bean
    @Order(1)
    SecurityFilterChain managementPortChain(HttpSecurity http,
            @Value("${management.server.port:-1}") int managementPort,
            @Value("${server.port:8080}") int serverPort) throws Exception {
        boolean separate = managementPort > 0 && managementPort != serverPort;
        return http.securityMatcher((HttpServletRequest request) -> separate && request.getLocalPort() == managementPort)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .build();
    }
}
