package cn.kaichuang.app.security;

import cn.kaichuang.app.api.ApiErrors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

/**
 * The lean chain of the JSON API under {@code /api/v1}, whatever the login mode: it uses the session
 * of the form (or Keycloak) login, never creates one, and keeps Vaadin's request handling, request
 * cache and login redirects out of the way. Unsafe methods need the session's CSRF token in
 * {@code X-CSRF-TOKEN} ({@code GET /api/v1/csrf} hands it out); the repository is the session's,
 * as in Vaadin's chain, so both chains see one token. Refusals answer JSON: 401 without a login
 * (also when the CSRF token is missing too), 403 without a valid CSRF token.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

    /** After the management port's chain (order 1), before Vaadin's catch-all chain. */
    @Bean
    @Order(2)
    SecurityFilterChain apiFilterChain(HttpSecurity http, ApiErrors errors) throws Exception {
        http.securityMatcher("/api/v1/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .csrf(csrf -> csrf.csrfTokenRepository(new HttpSessionCsrfTokenRepository()))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                // No anonymous token and no servlet API wrapping: nothing here uses them.
                .anonymous(anonymous -> anonymous.disable())
                .servletApi(servletApi -> servletApi.disable())
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint((request, response, e) ->
                                errors.write(request, response, 401, "api.error.login"))
                        // The CSRF check runs before the login check: without a login, say that first.
                        .accessDeniedHandler((request, response, e) -> {
                            if (CurrentUser.get().isEmpty()) {
                                errors.write(request, response, 401, "api.error.login");
                            } else {
                                errors.write(request, response, 403, "api.error.csrf");
                            }
                        }));
        http.addFilterAfter(new TenantContextFilter(), AuthorizationFilter.class);
        return http.build();
    }
}
