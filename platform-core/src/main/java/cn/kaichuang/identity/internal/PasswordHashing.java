package cn.kaichuang.identity.internal;

import cn.kaichuang.identity.PasswordProperties;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;

@Configuration(proxyBeanMethods = false)
class PasswordHashing {

    /**
     * Delegating encoder: hashes carry their algorithm id, so the default can move on later.
     * bcrypt at the configured cost (12 by default, ~0.2-0.4 s a hash here) for new hashes; an
     * older bcrypt cost reports {@code upgradeEncoding}, so the login re-hashes it. PBKDF2 stays
     * readable for hashes imported from other Spring applications.
     */
    @Bean
    PasswordEncoder passwordEncoder(PasswordProperties properties) {
        return new DelegatingPasswordEncoder("bcrypt", Map.of(
                "bcrypt", new BCryptPasswordEncoder(properties.bcryptStrength()),
                "pbkdf2@SpringSecurity_v5_8", Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8()));
    }
}
