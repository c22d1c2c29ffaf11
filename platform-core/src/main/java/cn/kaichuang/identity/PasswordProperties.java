package cn.kaichuang.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code kaichuang.identity.password.*}: the bcrypt cost of new hashes (each step doubles the
 * work). Hashes of a lower cost are re-hashed at the next successful login.
 */
@ConfigurationProperties("kaichuang.identity.password")
public record PasswordProperties(@DefaultValue("12") int bcryptStrength) {
}
