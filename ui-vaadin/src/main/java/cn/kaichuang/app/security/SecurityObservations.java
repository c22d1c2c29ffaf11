package cn.kaichuang.app.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.observation.SecurityObservationSettings;

/**
 * No Micrometer observations of Spring Security's filter chains, logins and authorization
 * decisions. With them every filter of a chain ran inside an observation of its own (a dozen per
 * request, each with its context, key values, scope and timer): in the check-in benchmark that was
 * about a tenth of the CPU of a check-in. Nothing reads them: there is no tracing here, and the
 * latency alert and the operations statistics use {@code http.server.requests} and
 * {@code RequestMeter}, which stay. A predicate ({@code management.observations.enable...}) would
 * only make the observations no-ops; this setting keeps Spring Security from wrapping the filters at all.
 */
@Configuration(proxyBeanMethods = false)
class SecurityObservations {

    @Bean
    static SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }
}
