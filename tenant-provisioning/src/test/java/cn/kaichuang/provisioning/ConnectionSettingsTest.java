package cn.kaichuang.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaichuang.testsupport.TestDatabase;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConnectionSettingsTest {

    @Test
    void anUnreachableDatabaseFailsWithOneLineNamingIt() {
        CliRun unreachable = CliRun.execute("list", "--jdbc-url", "jdbc:postgresql://127.0.0.1:1/x");

        assertThat(unreachable.exitCode()).isEqualTo(1);
        assertThat(unreachable.errLines()).containsExactly(
                "Cannot connect to database jdbc:postgresql://127.0.0.1:1/x: Connection refused");
        assertThat(unreachable.out()).isEmpty();
    }

    @Test
    void aPasswordInTheUrlIsNotPrinted() {
        CliRun unreachable = CliRun.execute("list", "--jdbc-url", "jdbc:postgresql://127.0.0.1:1/x?password=s3cret");

        assertThat(unreachable.exitCode()).isEqualTo(1);
        assertThat(unreachable.err()).contains("password=***").doesNotContain("s3cret");
    }

    @Test
    void aMissingDatabaseIsReportedAsCannotConnect() {
        TestDatabase.Database db = new TestPlatform().database();
        String missing = db.url().replaceFirst("/kt_", "/missing_kt_");

        CliRun run = CliRun.execute("list", "--jdbc-url", missing, "--user", db.user(), "--password", db.password());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).singleElement().asString()
                .startsWith("Cannot connect to database " + missing + ": ")
                .contains("does not exist");
    }

    @Test
    void anUnknownUserIsReportedAsCannotConnect() {
        TestDatabase.Database db = new TestPlatform().database();

        CliRun run = CliRun.execute("list", "--jdbc-url", db.url(), "--user", "nosuchuser");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).singleElement().asString()
                .startsWith("Cannot connect to database " + db.url() + ": ")
                .contains("nosuchuser");
    }

    @Test
    void withoutADatabaseTheCommandIsAUsageError() {
        CliRun none = CliRun.execute("list");

        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(none.errLines()).containsExactly("No database given: use --jdbc-url or set KAICHUANG_JDBC_URL");
    }

    @Test
    void aUrlOfAnotherDatabaseIsAUsageError() {
        CliRun mysql = CliRun.execute("list", "--jdbc-url", "jdbc:mysql://db/kaichuang");

        assertThat(mysql.exitCode()).isEqualTo(2);
        assertThat(mysql.errLines()).singleElement().asString().startsWith("--jdbc-url must be a PostgreSQL JDBC URL");
    }

    @Test
    void connectionSettingsComeFromTheEnvironmentWhenNotGiven() {
        TestPlatform platform = new TestPlatform();
        TestDatabase.Database db = platform.database();
        Map<String, String> environment = Map.of("KAICHUANG_JDBC_URL", db.url(), "KAICHUANG_JDBC_USER", db.user(),
                "KAICHUANG_JDBC_PASSWORD", db.password(), "KAICHUANG_ROLE_PREFIX", db.rolePrefix());

        CliRun created = CliRun.execute(environment, "create", "--code", "env-01", "--name", "环境", "--region",
                "430100");

        assertThat(created.exitCode()).as(created.toString()).isZero();
        assertThat(platform.schemaOwner("t_env_01")).isEqualTo(db.rolePrefix() + "t_env_01");
    }

    @Test
    void optionsWinOverTheEnvironment() {
        TestPlatform platform = new TestPlatform();
        Map<String, String> environment = Map.of("KAICHUANG_JDBC_URL", "jdbc:postgresql://127.0.0.1:1/x",
                "KAICHUANG_ROLE_PREFIX", "unused_");

        CliRun created = CliRun.execute(environment, "create", "--code", "opt-01", "--name", "选项", "--region",
                "430100", "--jdbc-url", platform.database().url(), "--user", platform.database().user(),
                "--password", platform.database().password(), "--role-prefix", platform.database().rolePrefix());

        assertThat(created.exitCode()).as(created.toString()).isZero();
        assertThat(platform.roleExists(platform.roleOf("t_opt_01"))).isTrue();
    }

    @Test
    void anInvalidRolePrefixIsAUsageError() {
        CliRun invalid = CliRun.execute("list", "--jdbc-url", "jdbc:postgresql://127.0.0.1:1/x",
                "--role-prefix", "Bad-Prefix");

        assertThat(invalid.exitCode()).isEqualTo(2);
        assertThat(invalid.errLines()).singleElement().asString().startsWith("Invalid role prefix 'Bad-Prefix'");
    }

    @Test
    void theObjectStoreAlsoComesFromTheWebApplicationsVariables() {
        ConnectionOptions options = new ConnectionOptions();
        Map<String, String> environment = Map.of("KAICHUANG_JDBC_URL", "jdbc:postgresql://db/kaichuang",
                "KAICHUANG_S3_ENDPOINT", " ", "KAICHUANG_STORAGE_ENDPOINT", "http://minio:9000",
                "KAICHUANG_STORAGE_ACCESS_KEY", "app-key", "KAICHUANG_S3_SECRET_KEY", "cli-secret",
                "KAICHUANG_STORAGE_SECRET_KEY", "app-secret");

        CoreSettings.ObjectStore store = options.resolve(environment).objectStore();

        assertThat(store).isEqualTo(new CoreSettings.ObjectStore(URI.create("http://minio:9000"), "app-key",
                "cli-secret"));
    }
}
