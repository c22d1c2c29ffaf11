package cn.kaichuang.app.security;

import cn.kaichuang.app.ui.LoginView;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

/**
 * Local login (accounts in the database) with Vaadin's view access control: each view's
 * {@code @RolesAllowed} decides who may open it. The password encoder comes from the core.
 * The default {@code kaichuang.login.mode}; {@code oidc} is {@link OidcSecurityConfiguration}.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@ConditionalOnProperty(name = "kaichuang.login.mode", havingValue = "local", matchIfMissing = true)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                // Static files the login page needs before anyone is logged in.
                .requestMatchers("/webjars/**", "/lumo/**", "/styles.css", "/icons/**", "/images/**").permitAll()
                // A missing static file answers 404 rather than a redirect to the login page.
                .requestMatchers("/error").permitAll());
        // Not a bean: as a bean Boot would also register it as a servlet filter outside the chain.
        http.addFilterAfter(new TenantContextFilter(), AuthorizationFilter.class);
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)).build();
    }
}
