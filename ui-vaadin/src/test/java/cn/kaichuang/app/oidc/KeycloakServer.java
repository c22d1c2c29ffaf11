package cn.kaichuang.app.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A real Keycloak 26 from the {@code keycloak-quarkus-dist} zip that Maven unpacks into
 * {@code target/keycloak}, started once per test JVM in dev mode on free ports with the
 * repository's realm export imported afresh, and stopped when the JVM exits.
 */
final class KeycloakServer {

    static final String REALM = "kaichuang";
    static final String ADMIN = "admin";
    static final String ADMIN_PASSWORD = "kaichuang-test-admin";

    private final URI url;
    private final Process process;
    private final Duration startTime;

    private KeycloakServer(URI url, Process process, Duration startTime) {
        this.url = url;
        this.process = process;
        this.startTime = startTime;
    }

    static KeycloakServer shared() {
        return Shared.INSTANCE;
    }

    /** Base URL, e.g. http://127.0.0.1:41234. */
    URI url() {
        return url;
    }

    URI issuer() {
        return URI.create(url + "/realms/" + REALM);
    }

    Duration startTime() {
        return startTime;
    }

    private static final class Shared {
        static final KeycloakServer INSTANCE = start();
    }

    private static KeycloakServer start() {
        Path home = Path.of(System.getProperty("kaichuang.keycloak.home", "target/keycloak/keycloak-26.7.3"));
        Path realm = Path.of(System.getProperty("kaichuang.keycloak.realm", "../keycloak/kaichuang-realm.json"));
        assertThat(home.resolve("bin/kc.sh")).as("Keycloak unpacked by the build (mvn generate-test-resources)")
                .exists();
        try {
            // A fresh H2 database each run, so the realm is always the one in the repository.
            deleteTree(home.resolve("data"));
            Files.createDirectories(home.resolve("data/import"));
            Files.copy(realm, home.resolve("data/import/kaichuang-realm.json"));
            int port = freePort();
            ProcessBuilder builder = new ProcessBuilder("bash", home.resolve("bin/kc.sh").toString(), "start-dev",
                    "--http-host=127.0.0.1", "--http-port=" + port, "--http-management-port=" + freePort(),
                    "--import-realm", "--log-level=WARN,org.keycloak.exportimport:INFO,io.quarkus:INFO")
                    .redirectErrorStream(true)
                    .redirectOutput(home.resolve("../keycloak.log").toFile());
            builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
            builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN);
            builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
            long started = System.nanoTime();
            Process process = builder.start();
            KeycloakServer server = new KeycloakServer(URI.create("http://127.0.0.1:" + port), process,
                    Duration.ZERO);
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
            server.awaitRealm(Duration.ofMinutes(4));
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            System.out.printf("Keycloak 26.7.3 ready in %.1f s at %s%n", took.toMillis() / 1000.0, server.url);
            return new KeycloakServer(server.url, process, took);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitRealm(Duration limit) {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest wellKnown = HttpRequest.newBuilder(URI.create(issuer() + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(process.isAlive()).as("Keycloak exited; see target/keycloak/keycloak.log").isTrue();
            try {
                if (http.send(wellKnown, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep();
        }
        stop();
        throw new AssertionError("Keycloak not ready within " + limit + "; see target/keycloak/keycloak.log");
    }

    private void stop() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
