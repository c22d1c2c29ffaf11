package cn.kaichuang.identity;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code kaichuang.identity.lockout.*}: how many failed logins in a row lock an account, and
 * for how long.
 */
@ConfigurationProperties("kaichuang.identity.lockout")
public record LockoutProperties(@DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration duration) {
}
