package cn.kaichuang.app.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import org.apache.commons.logging.Log;

/**
 * PostgreSQL 17 (zonky binaries) with its cluster under {@code <data-dir>/postgres}. The
 * cluster is created on first start and reused afterwards, never cleaned. The port is chosen
 * once and remembered in {@code <data-dir>/postgres.port}, so the URL stays the same across
 * restarts (handy for psql); if another process took it meanwhile, a new one is chosen.
 */
final class EmbeddedPostgresServer implements AutoCloseable {

    static final String DATABASE = "kaichuang";
    static final String USER = "postgres";

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static EmbeddedPostgresServer start(Path dataDir, int configuredPort, Log log) {
        Path cluster = dataDir.resolve("postgres");
        boolean fresh = !Files.exists(cluster.resolve("PG_VERSION"));
        long started = System.nanoTime();
        EmbeddedPostgres postgres;
        try {
            DataDirectory.create(dataDir);
            int port = configuredPort > 0 ? configuredPort : rememberedPort(dataDir.resolve("postgres.port"));
            postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(cluster)
                    .setCleanDataDirectory(false)
                    .setOverrideWorkingDirectory(dataDir.resolve("postgres-runtime").toFile())
                    .setPort(port)
                    .setLocaleConfig("locale", "C")
                    // The builder's test-oriented default trades durability for speed; this is real data.
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("max_connections", "100")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start();
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("Cannot start embedded PostgreSQL in " + cluster
                    + " (is another Kaichuang using this data directory?): " + e.getMessage(), e);
        }
        EmbeddedPostgresServer server = new EmbeddedPostgresServer(postgres);
        server.createDatabaseIfMissing();
        log.info("Embedded PostgreSQL " + (fresh ? "created" : "started") + " in "
                + Duration.ofNanos(System.nanoTime() - started).toMillis() + " ms at " + server.jdbcUrl()
                + " (cluster in " + cluster + ")");
        return server;
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
    }

    Map<String, Object> dataSourceProperties() {
        return Map.of("spring.datasource.url", jdbcUrl(), "spring.datasource.username", USER,
                "spring.datasource.password", "");
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Stopping embedded PostgreSQL failed", e);
        }
    }

    private void createDatabaseIfMissing() {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            boolean exists;
            try (var rs = statement.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
                exists = rs.next();
            }
            if (!exists) {
                statement.execute("create database " + DATABASE + " encoding 'UTF8'");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + DATABASE + " in embedded PostgreSQL", e);
        }
    }

    private static int rememberedPort(Path file) throws IOException {
        if (Files.exists(file)) {
            String text = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (text.matches("\\d{2,5}") && isFree(Integer.parseInt(text))) {
                return Integer.parseInt(text);
            }
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        Files.writeString(file, port + "\n", StandardCharsets.UTF_8);
        return port;
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
