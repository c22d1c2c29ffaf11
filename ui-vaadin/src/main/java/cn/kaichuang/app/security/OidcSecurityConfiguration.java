package cn.kaichuang.app.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Login through Keycloak ({@code kaichuang.login.mode=oidc}, DESIGN §4): OIDC authorization
 * code flow with the realm's confidential client, Vaadin's view access control as in local
 * mode, and a logout that ends the Keycloak session too (RP-initiated logout).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableConfigurationProperties(OidcProperties.class)
@ConditionalOnProperty(name = "kaichuang.login.mode", havingValue = "oidc")
class OidcSecurityConfiguration {

    static final String REGISTRATION = "keycloak";
    private static final String LOGIN_PAGE = "/oauth2/authorization/" + REGISTRATION;

    /** Reads the realm's metadata at start, so a wrong issuer fails the start, not the first login. */
    @Bean
    ClientRegistrationRepository clientRegistrations(OidcProperties oidc) {
        ClientRegistration keycloak = ClientRegistrations.fromIssuerLocation(oidc.issuerUri().toString())
                .registrationId(REGISTRATION)
                .clientId(oidc.clientId())
                .clientSecret(oidc.clientSecret())
                .scope("openid", "profile", "email")
                .userNameAttributeName(KeycloakUser.NAME_CLAIM)
                .build();
        return new InMemoryClientRegistrationRepository(keycloak);
    }

    @Bean
    SecurityFilterChain oidcFilterChain(HttpSecurity http, TenantStatusCache tenants) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                .requestMatchers("/webjars/**", "/lumo/**", "/styles.css", "/icons/**", "/images/**").permitAll()
                .requestMatchers("/error").permitAll());
        http.oauth2Login(login -> login
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(new KeycloakUserService(tenants)))
                .failureHandler(refusedPage()));
        http.addFilterBefore(new TenantStatusFilter(tenants), AuthorizationFilter.class);
        http.addFilterAfter(new TenantContextFilter(), AuthorizationFilter.class);
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                .oauth2LoginPage(LOGIN_PAGE, "{baseUrl}")).build();
    }

    /** A refused login (no platform role, no active institution) says why, in the user's language. */
    private static AuthenticationFailureHandler refusedPage() {
        return (request, response, failure) -> {
            String code = failure instanceof OAuth2AuthenticationException oauth ? oauth.getError().getErrorCode() : "";
            String reason = switch (code) {
                case KeycloakUserService.NO_ROLE -> "no-role";
                case KeycloakUserService.NO_TENANT -> "no-tenant";
                default -> "login";
            };
            response.sendRedirect(request.getContextPath() + "/refused?reason=" + reason);
        };
    }
}
