package cn.kaichuang.storage;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import org.gaul.s3proxy.BlobStores;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.jspecify.annotations.Nullable;

/**
 * An S3 server inside this JVM (S3Proxy over plain files), so development and tests run the real
 * S3 protocol without Docker or a MinIO install. Buckets are directories under {@link #directory()};
 * keep that directory and the data survives restarts. Listens on 127.0.0.1 only: it is not meant
 * to be reachable from other machines.
 * <p>
 * Needs {@code org.gaul:s3proxy} on the classpath, which this module declares optional.
 */
public final class EmbeddedS3Server implements AutoCloseable {

    private static final String HOST = "127.0.0.1";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(30);
    private static final long STOP_TIMEOUT_MILLIS = 1_000;

    private final S3Proxy proxy;
    private final Path directory;
    private final String accessKey;
    private final String secretKey;
    private final URI endpoint;

    private EmbeddedS3Server(S3Proxy proxy, Path directory, String accessKey, String secretKey) {
        this.proxy = proxy;
        this.directory = directory;
        this.accessKey = accessKey;
        this.secretKey = secretKey;
        this.endpoint = URI.create("http://" + HOST + ":" + proxy.getPort());
    }

    /**
     * Starts a server and returns once it accepts requests.
     *
     * @param port the port to listen on, or 0 for any free port (see {@link #endpoint()})
     * @param directory where the objects live; created if missing
     */
    public static EmbeddedS3Server start(Path directory, int port, String accessKey, String secretKey) {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("Port must be 0 (any free port) or 1-65535, was " + port);
        }
        if (accessKey.isEmpty() || secretKey.isEmpty()) {
            throw new IllegalArgumentException("The embedded S3 server needs a non-empty access key and secret key");
        }
        Path absolute = directory.toAbsolutePath().normalize();
        S3Proxy proxy = null;
        try {
            Files.createDirectories(absolute);
            Properties properties = new Properties();
            // S3Proxy kept jclouds' property names when it dropped jclouds itself.
            properties.setProperty("jclouds.filesystem.basedir", absolute.toString());
            properties.setProperty("jclouds.identity", accessKey);
            properties.setProperty("jclouds.credential", secretKey);
            proxy = S3Proxy.builder()
                    .blobStore(BlobStores.create("filesystem", properties))
                    .endpoint(URI.create("http://" + HOST + ":" + port))
                    .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, accessKey, secretKey)
                    // SDKs send headers S3Proxy does not model; it would otherwise refuse the request.
                    .ignoreUnknownHeaders(true)
                    .stopTimeout(STOP_TIMEOUT_MILLIS)
                    .build();
            proxy.start();
            awaitStarted(proxy);
            return new EmbeddedS3Server(proxy, absolute, accessKey, secretKey);
        } catch (Exception e) {
            stopQuietly(proxy, e);
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new ObjectStoreException("Could not start the embedded S3 server on " + HOST + ":" + port
                    + " with data in " + absolute + ": " + e.getMessage(), e);
        }
    }

    // start() returns before Jetty accepts connections.
    private static void awaitStarted(S3Proxy proxy) throws InterruptedException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (!"STARTED".equals(proxy.getState())) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("still " + proxy.getState() + " after " + START_TIMEOUT);
            }
            Thread.sleep(10);
        }
    }

    private static void stopQuietly(@Nullable S3Proxy proxy, Exception failure) {
        if (proxy == null) {
            return;
        }
        try {
            proxy.stop();
        } catch (Exception e) {
            failure.addSuppressed(e);
        }
    }

    /** The base URI clients connect to, such as {@code http://127.0.0.1:41234}. */
    public URI endpoint() {
        return endpoint;
    }

    public int port() {
        return endpoint.getPort();
    }

    public Path directory() {
        return directory;
    }

    public String accessKey() {
        return accessKey;
    }

    public String secretKey() {
        return secretKey;
    }

    /** A client for this server; the caller closes it. */
    public MinioObjectStore newObjectStore(String region) {
        return new MinioObjectStore(endpoint, accessKey, secretKey, region);
    }

    @Override
    public void close() {
        try {
            proxy.stop();
        } catch (Exception e) {
            throw new ObjectStoreException("Could not stop the embedded S3 server at " + endpoint, e);
        }
    }

    @Override
    public String toString() {
        return "EmbeddedS3Server[" + endpoint + ", " + directory + "]";
    }
}
