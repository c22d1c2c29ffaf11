package cn.kaichuang.storage;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where objects are stored. Either {@code embedded.enabled} runs an S3 server inside the
 * application (development, single-machine installs), or {@code endpoint} names an S3 server such
 * as MinIO; with neither, the application has no {@link ObjectStore}.
 * <p>
 * The parameter descriptions below become the IDE help for the properties, hence their style.
 *
 * @param endpoint Base URI of the S3 server, such as https://minio.internal:9000.
 * @param accessKey Access key for the S3 server. Required with an endpoint. The embedded server
 *     generates a random one at each start unless set; set it to reach that server with other tools.
 * @param secretKey Secret key for the S3 server. Required with an endpoint; see access-key.
 * @param region Region requests are signed for. MinIO ignores it unless configured with one.
 * @param bucketPrefix Prefix put before each tenant code to name that tenant's bucket.
 * @param embedded The in-process S3 server.
 * @param presignExpiry How long presigned download URLs stay valid. Keep it short: anyone holding
 *     the URL can download the object.
 */
@ConfigurationProperties("kaichuang.storage")
public record StorageProperties(
        @Nullable URI endpoint,
        @Nullable String accessKey,
        @Nullable String secretKey,
        @DefaultValue("us-east-1") String region,
        @DefaultValue(TenantBuckets.DEFAULT_PREFIX) String bucketPrefix,
        @DefaultValue Embedded embedded,
        @DefaultValue("5m") Duration presignExpiry) {

    /**
     * The in-process S3 server (S3Proxy, which must be on the classpath).
     *
     * @param enabled Whether to run an S3 server inside the application and store objects there.
     * @param port Port on 127.0.0.1 for the embedded server; 0 picks a free one at each start.
     * @param directory Directory the embedded server keeps objects in, relative to the working
     *     directory. Objects survive restarts as long as it is kept.
     */
    public record Embedded(
            boolean enabled,
            @DefaultValue("0") int port,
            @DefaultValue("./data/objects") Path directory) {
    }
}
