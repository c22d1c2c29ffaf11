package cn.kaichuang.storage;

import java.net.URI;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * Provides the {@link ObjectStore}: against the embedded S3 server when
 * {@code kaichuang.storage.embedded.enabled=true}, otherwise against
 * {@code kaichuang.storage.endpoint} when set, otherwise none (code that can run without object
 * storage asks for an {@code ObjectProvider<ObjectStore>}).
 */
@AutoConfiguration
@EnableConfigurationProperties(StorageProperties.class)
@Import({ StorageAutoConfiguration.EmbeddedServerConfiguration.class,
        StorageAutoConfiguration.EmbeddedServerMissingConfiguration.class,
        StorageAutoConfiguration.EndpointConfiguration.class })
public class StorageAutoConfiguration {

    static final String EMBEDDED_ENABLED = "kaichuang.storage.embedded.enabled";
    static final String S3PROXY_CLASS = "org.gaul.s3proxy.S3Proxy";

    @Bean
    @ConditionalOnMissingBean
    TenantBuckets tenantBuckets(StorageProperties properties) {
        return new TenantBuckets(properties.bucketPrefix());
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = S3PROXY_CLASS)
    @ConditionalOnBooleanProperty(EMBEDDED_ENABLED)
    static class EmbeddedServerConfiguration {

        @Bean(destroyMethod = "close")
        @ConditionalOnMissingBean
        EmbeddedS3Server embeddedS3Server(StorageProperties properties) {
            StorageProperties.Embedded embedded = properties.embedded();
            return EmbeddedS3Server.start(embedded.directory(), embedded.port(),
                    orRandom(properties.accessKey()), orRandom(properties.secretKey()));
        }

        @Bean(destroyMethod = "close")
        @ConditionalOnMissingBean(ObjectStore.class)
        MinioObjectStore objectStore(EmbeddedS3Server server, StorageProperties properties) {
            return server.newObjectStore(properties.region());
        }

        // Nobody but this application needs to reach the embedded server, so no fixed default.
        private static String orRandom(@Nullable String configured) {
            if (configured != null && !configured.isEmpty()) {
                return configured;
            }
            byte[] random = new byte[20];
            new SecureRandom().nextBytes(random);
            return HexFormat.of().formatHex(random);
        }
    }

    /** Says why rather than silently running without object storage. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnMissingClass(S3PROXY_CLASS)
    @ConditionalOnBooleanProperty(EMBEDDED_ENABLED)
    static class EmbeddedServerMissingConfiguration {

        EmbeddedServerMissingConfiguration() {
            throw new IllegalStateException(EMBEDDED_ENABLED + "=true needs org.gaul:s3proxy on the classpath; "
                    + "add it as a dependency, or set kaichuang.storage.endpoint instead");
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty("kaichuang.storage.endpoint")
    @ConditionalOnBooleanProperty(name = EMBEDDED_ENABLED, havingValue = false, matchIfMissing = true)
    static class EndpointConfiguration {

        @Bean(destroyMethod = "close")
        @ConditionalOnMissingBean(ObjectStore.class)
        MinioObjectStore objectStore(StorageProperties properties) {
            URI endpoint = properties.endpoint();
            String accessKey = properties.accessKey();
            String secretKey = properties.secretKey();
            if (endpoint == null || accessKey == null || secretKey == null) {
                throw new IllegalStateException("kaichuang.storage.access-key and kaichuang.storage.secret-key "
                        + "must be set together with kaichuang.storage.endpoint");
            }
            return new MinioObjectStore(endpoint, accessKey, secretKey, properties.region());
        }
    }
}
