package cn.kaichuang.storage;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaichuang.storage.testsupport.TestS3Server;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import org.gaul.s3proxy.S3Proxy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class StorageAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(StorageAutoConfiguration.class,
                    StorageHealthAutoConfiguration.class));

    @TempDir
    Path directory;

    @Test
    void withNothingConfiguredThereIsNoObjectStore() {
        runner.run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).doesNotHaveBean(ObjectStore.class);
            assertThat(context).doesNotHaveBean(EmbeddedS3Server.class);
            assertThat(context).doesNotHaveBean(HealthIndicator.class);
            assertThat(context.getBean(TenantBuckets.class).prefix()).isEqualTo("kc-");
        });
    }

    @Test
    void propertiesHaveTheDocumentedDefaults() {
        runner.run(context -> {
            StorageProperties properties = context.getBean(StorageProperties.class);
            assertThat(properties.endpoint()).isNull();
            assertThat(properties.region()).isEqualTo("us-east-1");
            assertThat(properties.bucketPrefix()).isEqualTo("kc-");
            assertThat(properties.presignExpiry()).isEqualTo(Duration.ofMinutes(5));
            assertThat(properties.embedded()).isEqualTo(
                    new StorageProperties.Embedded(false, 0, Path.of("data/objects")));
        });
    }

    @Test
    void embeddedEnabledStartsAServerTheStoreUsesAndHealthIsUp() {
        runner.withPropertyValues("kaichuang.storage.embedded.enabled=true",
                "kaichuang.storage.embedded.directory=" + directory,
                "kaichuang.storage.bucket-prefix=dev-").run(context -> {
                    assertThat(context).hasNotFailed();
                    EmbeddedS3Server server = context.getBean(EmbeddedS3Server.class);
                    ObjectStore store = context.getBean(ObjectStore.class);
                    assertThat(store.endpoint()).isEqualTo(server.endpoint());
                    assertThat(server.directory()).isEqualTo(directory.toAbsolutePath());

                    String bucket = context.getBean(TenantBuckets.class).bucketFor("pku");
                    store.createBucket(bucket);
                    store.put(bucket, "hello.txt", new byte[] { 1, 2, 3 }, "text/plain");
                    assertThat(directory.resolve("dev-pku")).isDirectory();

                    Health health = context.getBean("objectStoreHealthIndicator", HealthIndicator.class).health();
                    assertThat(health.getStatus()).isEqualTo(Status.UP);
                    assertThat(health.getDetails()).containsEntry("endpoint", server.endpoint().toString());
                });
    }

    @Test
    void embeddedUsesConfiguredCredentialsAndPort() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        runner.withPropertyValues("kaichuang.storage.embedded.enabled=true",
                "kaichuang.storage.embedded.directory=" + directory,
                "kaichuang.storage.embedded.port=" + port,
                "kaichuang.storage.access-key=dev-key",
                "kaichuang.storage.secret-key=dev-secret-key").run(context -> {
                    EmbeddedS3Server server = context.getBean(EmbeddedS3Server.class);
                    assertThat(server.port()).isEqualTo(port);
                    assertThat(server.accessKey()).isEqualTo("dev-key");
                    assertThat(server.secretKey()).isEqualTo("dev-secret-key");
                });
    }

    @Test
    void embeddedEnabledWithoutS3ProxySaysWhatIsMissing() {
        runner.withClassLoader(new FilteredClassLoader(S3Proxy.class))
                .withPropertyValues("kaichuang.storage.embedded.enabled=true").run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure())
                            .rootCause().hasMessageContaining("needs org.gaul:s3proxy on the classpath");
                });
    }

    @Test
    void endpointConfiguredConnectsToThatServer() {
        runner.withPropertyValues(TestS3Server.springPropertyPairs()).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).doesNotHaveBean(EmbeddedS3Server.class);
            ObjectStore store = context.getBean(ObjectStore.class);
            assertThat(store).isInstanceOf(MinioObjectStore.class);
            assertThat(store.endpoint()).isEqualTo(TestS3Server.endpoint());
            assertThat(context.getBean("objectStoreHealthIndicator", HealthIndicator.class).health().getStatus())
                    .isEqualTo(Status.UP);
        });
    }

    @Test
    void endpointWithoutCredentialsFailsAtStartup() {
        runner.withPropertyValues("kaichuang.storage.endpoint=http://127.0.0.1:9000").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                    .hasMessageContaining("kaichuang.storage.access-key and kaichuang.storage.secret-key must be set");
        });
    }

    @Test
    void healthIsDownWithTheErrorWhenTheStoreRefusesUs() {
        runner.withPropertyValues(TestS3Server.springPropertyPairs())
                .withPropertyValues("kaichuang.storage.secret-key=wrong").run(context -> {
                    Health health = context.getBean("objectStoreHealthIndicator", HealthIndicator.class).health();
                    assertThat(health.getStatus()).isEqualTo(Status.DOWN);
                    assertThat(health.getDetails()).containsEntry("endpoint", TestS3Server.endpoint().toString());
                    assertThat(health.getDetails().get("error")).asString().contains("ObjectStoreException");
                });
    }

    @Test
    void healthIndicatorCanBeSwitchedOff() {
        runner.withPropertyValues(TestS3Server.springPropertyPairs())
                .withPropertyValues("management.health.objectstore.enabled=false").run(context -> {
                    assertThat(context).hasSingleBean(ObjectStore.class);
                    assertThat(context).doesNotHaveBean(HealthIndicator.class);
                });
    }

    @Test
    void anApplicationsOwnObjectStoreWins() {
        runner.withPropertyValues(TestS3Server.springPropertyPairs())
                .withBean("customStore", ObjectStore.class, TestS3Server::objectStore).run(context -> {
                    assertThat(context).hasSingleBean(ObjectStore.class);
                    assertThat(context.getBean(ObjectStore.class)).isSameAs(TestS3Server.objectStore());
                });
    }
}
