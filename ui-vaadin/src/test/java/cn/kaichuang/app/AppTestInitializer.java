package cn.kaichuang.app;

import cn.kaichuang.testsupport.TestDatabaseInitializer;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * A fresh database ({@link TestDatabaseInitializer}) and an object-store directory of its own
 * for each test context, so contexts never share buckets.
 */
public class AppTestInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        new TestDatabaseInitializer().initialize(context);
        Path objects = Path.of("target", "test-objects", UUID.randomUUID().toString());
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("testObjectStore", Map.of(
                "kaichuang.demo.enabled", "true",
                // Quartz keeps one JVM-wide registry per scheduler name: each context's own database.
                "kaichuang.jobs.cluster-name", "kaichuang-test-" + UUID.randomUUID(),
                "kaichuang.storage.embedded.enabled", "true",
                "kaichuang.storage.embedded.directory", objects.toAbsolutePath().toString(),
                // Cached contexts would otherwise write samples into other tests' figures; tests sample by hand.
                "kaichuang.request-sampling.cron", "-")));
    }
}
