package cn.kaichuang.crypto.internal;

import cn.kaichuang.crypto.KeyDirectory;
import java.nio.file.Path;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Adds the keys of {@code KAICHUANG_CRYPTO_KEYS_DIR} to the environment before the context
 * starts, for the web app and the CLI alike. Keys set directly in the configuration win over
 * the folder's; the embedded default's generated keys run later and only when none are set.
 */
public class KeyDirectoryEnvironment implements EnvironmentPostProcessor, Ordered {

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE - 100;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String dir = environment.getProperty(KeyDirectory.PROPERTY);
        if (dir != null && !dir.isBlank()) {
            environment.getPropertySources().addLast(new MapPropertySource("kaichuangKeyDirectory",
                    KeyDirectory.read(Path.of(dir))));
        }
    }
}
