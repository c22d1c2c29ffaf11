package cn.kaichuang.app.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.logging.DeferredLogs;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** The embedded default with a real embedded PostgreSQL in a data directory under target/. */
class EmbeddedDefaultsTest {

    private final Path dataDir = Path.of("target", "embedded-defaults-" + UUID.randomUUID()).toAbsolutePath();

    @Test
    void withoutConfigurationEverythingIsProvidedAndKeptAcrossRestarts() throws Exception {
        StandardEnvironment first = environment(Map.of());
        SpringApplication firstRun = run(first);
        String url = first.getProperty("spring.datasource.url");
        String keys = first.getProperty("kaichuang.crypto.keys.k1");
        assertThat(url).startsWith("jdbc:postgresql://localhost:").endsWith("/kaichuang");
        assertThat(first.getProperty("kaichuang.storage.embedded.enabled")).isEqualTo("true");
        assertThat(first.getProperty("kaichuang.storage.embedded.directory")).isEqualTo(dataDir.resolve("objects").toString());
        assertThat(first.getProperty("kaichuang.crypto.active-key")).isEqualTo("k1");
        assertThat(first.getProperty("kaichuang.demo.enabled")).isEqualTo("true");
        assertThat(keys).isNotBlank();
        assertThat(Files.getPosixFilePermissions(dataDir.resolve("keys.properties")))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.getPosixFilePermissions(dataDir)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
        execute(url, "create table kept (id int)");
        stop(firstRun);

        StandardEnvironment second = environment(Map.of());
        SpringApplication secondRun = run(second);
        try {
            assertThat(second.getProperty("spring.datasource.url")).isEqualTo(url);
            assertThat(second.getProperty("kaichuang.crypto.keys.k1")).isEqualTo(keys);
            assertThat(second.getProperty("kaichuang.crypto.index-key"))
                    .isEqualTo(first.getProperty("kaichuang.crypto.index-key"));
            // The table made before the restart is still there.
            execute(url, "insert into kept values (1)");
        } finally {
            stop(secondRun);
        }
    }

    @Test
    void postgresStopsWithTheApplicationContext() throws Exception {
        SpringApplication application = new SpringApplication(Empty.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setDefaultProperties(Map.of(EmbeddedDefaults.DATA_DIR, dataDir.toString()));
        String url;
        try (ConfigurableApplicationContext context = application.run()) {
            assertThat(context.getBean("embeddedPostgres")).isInstanceOf(EmbeddedPostgresServer.class);
            url = context.getEnvironment().getProperty("spring.datasource.url");
            execute(url, "select 1");
        }
        String stopped = url;
        assertThatThrownBy(() -> execute(stopped, "select 1")).isInstanceOf(SQLException.class);
    }

    @Configuration(proxyBeanMethods = false)
    static class Empty {
    }

    @Test
    void configuredServicesAreUsedAsTheyAre() {
        StandardEnvironment environment = environment(Map.of(
                "spring.datasource.url", "jdbc:postgresql://db.example:5432/kaichuang",
                "kaichuang.storage.endpoint", "https://minio.example:9000",
                "kaichuang.crypto.keys.prod", "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=",
                "kaichuang.crypto.active-key", "prod",
                "kaichuang.crypto.index-key", "c2VjcmV0LWJsaW5kLWluZGV4LWtleS1mb3ItdGVzdHM="));
        SpringApplication application = run(environment);

        assertThat(environment.getProperty("spring.datasource.url")).isEqualTo("jdbc:postgresql://db.example:5432/kaichuang");
        assertThat(environment.getProperty("kaichuang.storage.embedded.enabled")).isNull();
        assertThat(environment.getProperty("kaichuang.demo.enabled")).as("no demo accounts in a real database").isNull();
        assertThat(environment.getProperty("kaichuang.crypto.active-key")).isEqualTo("prod");
        assertThat(application.getListeners()).noneMatch(EmbeddedPostgresLifecycle.class::isInstance);
        assertThat(dataDir.resolve("postgres")).doesNotExist();
        assertThat(dataDir.resolve("keys.properties")).doesNotExist();
    }

    @Test
    void canBeSwitchedOff() {
        StandardEnvironment environment = environment(Map.of("kaichuang.embedded.enabled", "false"));
        run(environment);

        assertThat(environment.getPropertySources().contains(EmbeddedDefaults.PROPERTY_SOURCE)).isFalse();
        assertThat(dataDir).doesNotExist();
    }

    private StandardEnvironment environment(Map<String, Object> properties) {
        StandardEnvironment environment = new StandardEnvironment();
        Map<String, Object> all = new java.util.HashMap<>(properties);
        all.put(EmbeddedDefaults.DATA_DIR, dataDir.toString());
        environment.getPropertySources().addFirst(new MapPropertySource("test", all));
        return environment;
    }

    private static SpringApplication run(StandardEnvironment environment) {
        SpringApplication application = new SpringApplication();
        new EmbeddedDefaults(new DeferredLogs()).postProcessEnvironment(environment, application);
        return application;
    }

    private static void stop(SpringApplication application) {
        application.getListeners().stream().filter(EmbeddedPostgresLifecycle.class::isInstance)
                .forEach(listener -> ((EmbeddedPostgresLifecycle) listener).onApplicationEvent(
                        new ApplicationFailedEvent(application, new String[0], null, new IllegalStateException("test"))));
    }

    private static void execute(String url, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, EmbeddedPostgresServer.USER, "");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
