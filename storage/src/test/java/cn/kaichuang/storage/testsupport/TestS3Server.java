package cn.kaichuang.storage.testsupport;

import cn.kaichuang.storage.EmbeddedS3Server;
import cn.kaichuang.storage.MinioObjectStore;
import cn.kaichuang.storage.ObjectStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * One {@link EmbeddedS3Server} per test JVM, started on first use on a free port with its data in
 * a fresh directory under {@code target/}, and stopped and deleted when the JVM exits. Starting a
 * server per test class would cost a second each; tests stay independent by using their own
 * buckets from {@link #uniqueBucket(String)}.
 * <p>
 * Needs {@code org.gaul:s3proxy} on the test classpath.
 */
public final class TestS3Server {

    public static final String ACCESS_KEY = "kaichuang-test";
    public static final String SECRET_KEY = "kaichuang-test-secret";
    public static final String REGION = "us-east-1";

    private static final AtomicInteger BUCKET_COUNTER = new AtomicInteger();

    private TestS3Server() {
    }

    // The holder idiom makes the first use start the server exactly once, without locking after.
    private static final class Holder {
        static final Path DIRECTORY = createDirectory();
        static final EmbeddedS3Server SERVER = EmbeddedS3Server.start(DIRECTORY, 0, ACCESS_KEY, SECRET_KEY);
        static final MinioObjectStore STORE = SERVER.newObjectStore(REGION);

        static {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                STORE.close();
                SERVER.close();
                deleteRecursively(DIRECTORY);
            }, "test-s3-server-shutdown"));
        }

        private static Path createDirectory() {
            try {
                Path target = Files.createDirectories(Path.of("target"));
                return Files.createTempDirectory(target, "test-s3-");
            } catch (IOException e) {
                throw new UncheckedIOException("Could not create a directory for the test S3 server", e);
            }
        }
    }

    public static EmbeddedS3Server server() {
        return Holder.SERVER;
    }

    public static URI endpoint() {
        return server().endpoint();
    }

    /** A client shared by all tests in the JVM; do not close it. */
    public static ObjectStore objectStore() {
        return Holder.STORE;
    }

    /** A client of your own, e.g. to test closing; the caller closes it. */
    public static MinioObjectStore newObjectStore() {
        return server().newObjectStore(REGION);
    }

    /**
     * A bucket name no other test in this JVM (or an earlier run's leftovers) uses; the bucket is
     * not created. {@code hint} (lower-case letters, digits, '-') helps tell buckets apart on disk.
     */
    public static String uniqueBucket(String hint) {
        String cleaned = hint.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "-");
        String suffix = "-" + BUCKET_COUNTER.incrementAndGet() + "-"
                + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x100000, 0xFFFFFF));
        String base = "t-" + cleaned;
        return base.substring(0, Math.min(base.length(), 63 - suffix.length())).replaceAll("-+$", "") + suffix;
    }

    /** Properties that point {@code kaichuang.storage} at this server, for {@code @SpringBootTest(properties)}. */
    public static Map<String, String> springProperties() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("kaichuang.storage.endpoint", endpoint().toString());
        properties.put("kaichuang.storage.access-key", ACCESS_KEY);
        properties.put("kaichuang.storage.secret-key", SECRET_KEY);
        properties.put("kaichuang.storage.region", REGION);
        return properties;
    }

    /** {@link #springProperties()} as {@code key=value} pairs, for {@code ApplicationContextRunner.withPropertyValues}. */
    public static String[] springPropertyPairs() {
        return springProperties().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toArray(String[]::new);
    }

    /** For a {@code @DynamicPropertySource} method: {@code TestS3Server.registerProperties(registry)}. */
    public static void registerProperties(DynamicPropertyRegistry registry) {
        springProperties().forEach((key, value) -> registry.add(key, () -> value));
    }

    private static void deleteRecursively(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // Only leftovers under target/; the next mvn clean removes them.
        }
    }
}
