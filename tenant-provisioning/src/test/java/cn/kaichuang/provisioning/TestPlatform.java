package cn.kaichuang.provisioning;

import cn.kaichuang.testsupport.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fresh, empty database of the test PostgreSQL with its own role prefix, the CLI pointed at
 * it, and read-only looks into PostgreSQL's catalogue to check what the CLI did.
 */
final class TestPlatform {

    private static final AtomicInteger CODES = new AtomicInteger();

    private final TestDatabase.Database db = TestDatabase.server().newDatabase();

    /** Runs {@code command} with the connection options after it, as operators type them. */
    CliRun run(String command, String... args) {
        List<String> all = new ArrayList<>();
        all.add(command);
        all.addAll(List.of(args));
        all.addAll(connectionOptions());
        return CliRun.execute(all.toArray(String[]::new));
    }

    List<String> connectionOptions() {
        return List.of("--jdbc-url", db.url(), "--user", db.user(), "--password", db.password(),
                "--role-prefix", db.rolePrefix());
    }

    TestDatabase.Database database() {
        return db;
    }

    /**
     * A code no other test in this JVM uses: buckets live on one S3 server shared by all tests,
     * so codes must differ across databases too.
     */
    static String uniqueCode(String hint) {
        return hint + "-" + CODES.incrementAndGet()
                + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x1000, 0xffff));
    }

    boolean schemaExists(String schema) {
        return count("select count(*) from pg_namespace where nspname = ?", schema) == 1;
    }

    String schemaOwner(String schema) {
        return queryString("select pg_get_userbyid(nspowner) from pg_namespace where nspname = ?", schema);
    }

    /** The tenant role of {@code schema}, with this database's prefix. */
    String roleOf(String schema) {
        return db.rolePrefix() + schema;
    }

    boolean roleExists(String role) {
        return count("select count(*) from pg_roles where rolname = ?", role) == 1;
    }

    boolean registered(String code) {
        return count("select count(*) from platform.tenant where code = ?", code) == 1;
    }

    int schemaVersion(String code) {
        return (int) count("select schema_version from platform.tenant where code = ?", code);
    }

    String status(String code) {
        return queryString("select status from platform.tenant where code = ?", code);
    }

    void execute(String sql) {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private long count(String sql, String parameter) {
        return Long.parseLong(queryString(sql, parameter));
    }

    private String queryString(String sql, String parameter) {
        try (Connection c = db.connect(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, parameter);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("No row for " + sql + " with " + parameter);
                }
                return rs.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
