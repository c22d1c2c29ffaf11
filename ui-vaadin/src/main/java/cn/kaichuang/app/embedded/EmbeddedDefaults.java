package cn.kaichuang.app.embedded;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The embedded default (DESIGN §8): whatever is not configured is provided on this machine,
 * with its data under {@code kaichuang.data-dir} (default {@code ./data}) so it survives
 * restarts. No database URL: embedded PostgreSQL. No S3 endpoint: the in-process S3 server.
 * No crypto keys: keys generated once and kept in {@code keys.properties}. Configured services
 * are always used as they are; the defaults are added last, so they never override anything.
 * <p>
 * It runs before the application context exists because the database URL must be known when
 * the context starts. Registered in {@code META-INF/spring.factories}.
 */
public class EmbeddedDefaults implements EnvironmentPostProcessor, Ordered {

    static final String ENABLED = "kaichuang.embedded.enabled";
    static final String DATA_DIR = "kaichuang.data-dir";
    static final String POSTGRES_PORT = "kaichuang.embedded.postgres-port";
    static final String PROPERTY_SOURCE = "kaichuangEmbeddedDefaults";

    private final Log log;

    public EmbeddedDefaults(DeferredLogFactory logs) {
        this.log = logs.getLog(EmbeddedDefaults.class);
    }

    @Override
    public int getOrder() {
        // After application.properties, profiles and the environment have been read.
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.getProperty(ENABLED, Boolean.class, true)) {
            return;
        }
        Path dataDir = Path.of(environment.getProperty(DATA_DIR, "./data")).toAbsolutePath().normalize();
        Map<String, Object> defaults = new LinkedHashMap<>();
        if (!environment.containsProperty("spring.datasource.url")) {
            EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(dataDir,
                    environment.getProperty(POSTGRES_PORT, Integer.class, 0), log);
            defaults.putAll(postgres.dataSourceProperties());
            // Demo accounts share one published password: seed them only into the embedded database.
            defaults.put("kaichuang.demo.enabled", "true");
            application.addListeners(new EmbeddedPostgresLifecycle(postgres));
        }
        if (!environment.containsProperty("kaichuang.storage.endpoint")
                && !environment.containsProperty("kaichuang.storage.embedded.enabled")) {
            defaults.put("kaichuang.storage.embedded.enabled", "true");
            defaults.put("kaichuang.storage.embedded.directory", dataDir.resolve("objects").toString());
            log.info("No kaichuang.storage.endpoint: objects kept by the in-process S3 server in "
                    + dataDir.resolve("objects"));
        }
        if (!cryptoConfigured(environment)) {
            boolean externalDatabase = environment.containsProperty("spring.datasource.url");
            defaults.putAll(GeneratedKeys.loadOrCreate(dataDir.resolve("keys.properties"), externalDatabase, log));
        }
        environment.getPropertySources().addLast(new MapPropertySource(PROPERTY_SOURCE, defaults));
    }

    private static boolean cryptoConfigured(ConfigurableEnvironment environment) {
        return environment.containsProperty("kaichuang.crypto.active-key")
                || environment.containsProperty("kaichuang.crypto.index-key")
                || Binder.get(environment).bind("kaichuang.crypto.keys", Bindable.mapOf(String.class, String.class))
                        .isBound();
    }
}
