package cn.kaichuang.app.security;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Session-related servlet filters that apply whatever the login mode. */
@Configuration(proxyBeanMethods = false)
class SessionFilters {

    /** Ahead of Spring Security, which must see the detached session too. */
    @Bean
    FilterRegistrationBean<SessionlessPwaResources> sessionlessPwaResources() {
        FilterRegistrationBean<SessionlessPwaResources> registration =
                new FilterRegistrationBean<>(new SessionlessPwaResources());
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 30);
        return registration;
    }
}
