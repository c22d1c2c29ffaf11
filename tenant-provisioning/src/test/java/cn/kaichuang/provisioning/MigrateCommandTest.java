package cn.kaichuang.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MigrateCommandTest {

    private static final List<String> CODES = List.of("hy-01", "hy-02", "hy-03");

    private final TestPlatform platform = new TestPlatform();
    private int current;

    @BeforeEach
    void createThreeInstitutionsThatLookOutdated() {
        for (String code : CODES) {
            CliRun created = platform.run("create", "--code", code, "--name", "衡阳 " + code, "--region", "430400");
            assertThat(created.exitCode()).as(created.toString()).isZero();
        }
        current = platform.schemaVersion("hy-01");
        platform.execute("update platform.tenant set schema_version = 0");
    }

    @Test
    void migrateAllShowsProgressAndRecordsTheSchemaVersion() {
        CliRun migrated = platform.run("migrate", "--all");

        assertThat(migrated.exitCode()).as(migrated.toString()).isZero();
        // Not on a terminal: a line each time the bar grows, which with three tenants is every time.
        assertThat(migrated.errLines()).hasSize(3).allMatch(line -> line.matches("\\[[#.]{20}] [123]/3 t_hy_0[123]"));
        assertThat(migrated.errLines()).last().asString().startsWith("[####################] 3/3 t_hy_0");
        assertThat(migrated.outLines()).singleElement().asString()
                .matches("Migrated 3 institutions to schema version " + current + " in \\d+\\.\\d s");
        assertThat(CODES).allSatisfy(code -> assertThat(platform.schemaVersion(code)).isEqualTo(current));
    }

    @Test
    void migrateWithoutSelectionTakesOnlyTheInstitutionsThatAreBehind() {
        platform.execute("update platform.tenant set schema_version = " + current + " where code <> 'hy-02'");

        CliRun migrated = platform.run("migrate");

        assertThat(migrated.exitCode()).as(migrated.toString()).isZero();
        assertThat(migrated.errLines()).containsExactly("[####################] 1/1 t_hy_02");
        assertThat(platform.schemaVersion("hy-02")).isEqualTo(current);

        CliRun again = platform.run("migrate");
        assertThat(again.outLines()).containsExactly(
                "Nothing to migrate: every institution is at schema version " + current);
        assertThat(again.err()).isEmpty();
    }

    @Test
    void migrateOneTenant() {
        CliRun migrated = platform.run("migrate", "--tenant", "hy-03");

        assertThat(migrated.exitCode()).as(migrated.toString()).isZero();
        assertThat(migrated.outLines()).singleElement().asString().startsWith("Migrated 1 institution to ");
        assertThat(platform.schemaVersion("hy-03")).isEqualTo(current);
        assertThat(platform.schemaVersion("hy-01")).isZero();
    }

    @Test
    void migratingAnUnknownTenantFailsWithOneLine() {
        CliRun unknown = platform.run("migrate", "--tenant", "nowhere");

        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.errLines()).containsExactly("Unknown institution 'nowhere'");
    }

    @Test
    void aFailedTenantIsReportedAndTheOthersAreMigrated() {
        // A schema that vanished behind the platform's back cannot be migrated.
        platform.execute("drop schema t_hy_02 cascade");

        CliRun migrated = platform.run("migrate", "--all");

        assertThat(migrated.exitCode()).isEqualTo(1);
        assertThat(migrated.errLines()).filteredOn(line -> !line.startsWith("["))
                .hasSize(2)
                .satisfies(lines -> {
                    assertThat(lines.get(0)).startsWith("Migration of 'hy-02' failed: ");
                    assertThat(lines.get(1)).matches("Migrated 2 of 3 institutions in \\d+\\.\\d s; 1 failed");
                });
        assertThat(platform.schemaVersion("hy-01")).isEqualTo(current);
        assertThat(platform.schemaVersion("hy-02")).isZero();
    }

    @Test
    void tenantAndAllTogetherAreAUsageError() {
        CliRun both = platform.run("migrate", "--all", "--tenant", "hy-01");

        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.errLines()).first().asString().contains("mutually exclusive");
    }
}
