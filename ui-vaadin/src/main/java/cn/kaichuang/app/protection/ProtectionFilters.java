package cn.kaichuang.app.protection;

import cn.kaichuang.protection.FirewallRules;
import cn.kaichuang.protection.RateLimits;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers the protection filters ahead of Spring Security's filter chain (and after
 * {@code ForwardedHeaderFilter}, which runs first when the forward-headers strategy is
 * {@code framework}): a refused client never reaches a session, the login or a view. The
 * services are looked up at the first request: filters are built with the web server, before
 * the persistence layer exists.
 */
@Configuration(proxyBeanMethods = false)
class ProtectionFilters {

    static final int FIREWALL_ORDER = SecurityFilterProperties.DEFAULT_FILTER_ORDER - 20;
    static final int RATE_LIMIT_ORDER = SecurityFilterProperties.DEFAULT_FILTER_ORDER - 10;

    @Bean
    FilterRegistrationBean<FirewallFilter> firewallFilter(ObjectProvider<FirewallRules> rules, Refusals refusals) {
        FilterRegistrationBean<FirewallFilter> registration =
                new FilterRegistrationBean<>(new FirewallFilter(rules, refusals));
        registration.setOrder(FIREWALL_ORDER);
        return registration;
    }

    @Bean
    FilterRegistrationBean<LoginRateLimitFilter> loginRateLimitFilter(ObjectProvider<RateLimits> limits, Refusals refusals) {
        FilterRegistrationBean<LoginRateLimitFilter> registration =
                new FilterRegistrationBean<>(new LoginRateLimitFilter(limits, refusals));
        registration.setOrder(RATE_LIMIT_ORDER);
        return registration;
    }
}
