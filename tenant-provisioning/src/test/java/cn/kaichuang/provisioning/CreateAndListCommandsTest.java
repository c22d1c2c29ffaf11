package cn.kaichuang.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class CreateAndListCommandsTest {

    private final TestPlatform platform = new TestPlatform();

    @Test
    void createMakesSchemaRoleAndRegistryEntryThatListShowsAsTableAndJson() {
        CliRun created = platform.run("create", "--code", "hn-changsha-01", "--name", "长沙创业培训学校",
                "--region", "430100");

        assertThat(created.exitCode()).as(created.toString()).isZero();
        assertThat(created.out()).startsWith("Created institution 'hn-changsha-01' (长沙创业培训学校, region 430100):"
                + " schema t_hn_changsha_01, role " + platform.roleOf("t_hn_changsha_01") + ", schema version ");
        assertThat(created.err()).isEmpty();
        assertThat(platform.schemaOwner("t_hn_changsha_01")).isEqualTo(platform.roleOf("t_hn_changsha_01"));
        assertThat(platform.roleExists(platform.roleOf("t_hn_changsha_01"))).isTrue();
        int version = platform.schemaVersion("hn-changsha-01");
        assertThat(version).isPositive();

        CliRun table = platform.run("list");
        assertThat(table.exitCode()).as(table.toString()).isZero();
        assertThat(table.outLines()).containsExactly(
                "CODE            NAME              REGION  STATUS  SCHEMA VERSION",
                "hn-changsha-01  长沙创业培训学校  430100  ACTIVE  " + version);

        CliRun json = platform.run("list", "--json");
        assertThat(json.exitCode()).as(json.toString()).isZero();
        JsonNode tenants = JsonMapper.builder().build().readTree(json.out());
        assertThat(tenants.isArray()).isTrue();
        assertThat(tenants.size()).isOne();
        JsonNode tenant = tenants.get(0);
        assertThat(tenant.get("code").asString()).isEqualTo("hn-changsha-01");
        assertThat(tenant.get("name").asString()).isEqualTo("长沙创业培训学校");
        assertThat(tenant.get("region").asString()).isEqualTo("430100");
        assertThat(tenant.get("schema").asString()).isEqualTo("t_hn_changsha_01");
        assertThat(tenant.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(tenant.get("schemaVersion").asInt()).isEqualTo(version);
        assertThat(tenant.get("createdAt").asString()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
    }

    @Test
    void listOfAnEmptyDatabaseCreatesThePlatformSchemaAndPrintsNoInstitutions() {
        CliRun json = platform.run("list", "--json");

        assertThat(json.exitCode()).as(json.toString()).isZero();
        assertThat(JsonMapper.builder().build().readTree(json.out()).size()).isZero();
        assertThat(platform.schemaExists("platform")).isTrue();
        assertThat(platform.run("list").outLines()).containsExactly("No institutions registered");
    }

    @Test
    void listSaysWhenInstitutionsAreBehindTheCurrentSchemaVersion() {
        platform.run("create", "--code", "behind", "--name", "落后", "--region", "430100");
        int current = platform.schemaVersion("behind");
        platform.execute("update platform.tenant set schema_version = 1 where code = 'behind'");

        CliRun table = platform.run("list");

        assertThat(table.outLines()).last().isEqualTo(
                "1 of 1 institutions are behind schema version " + current + "; run 'kaichuang-tenants migrate'");
    }

    @Test
    void aDuplicateCodeFailsWithOneLineAndKeepsTheFirstInstitution() {
        platform.run("create", "--code", "dup", "--name", "第一", "--region", "430100");

        CliRun duplicate = platform.run("create", "--code", "dup", "--name", "第二", "--region", "430200");

        assertThat(duplicate.exitCode()).isEqualTo(1);
        assertThat(duplicate.errLines()).containsExactly("Institution 'dup' already exists");
        assertThat(duplicate.out()).isEmpty();
        assertThat(platform.run("list").out()).contains("第一").doesNotContain("第二");
    }

    /** Exit status 2, like any option value that cannot be converted; checked before connecting. */
    @Test
    void anInvalidCodeIsAUsageErrorReportedBeforeConnecting() {
        CliRun invalid = CliRun.execute("create", "--code", "Bad_Code", "--name", "x", "--region", "430100",
                "--jdbc-url", "jdbc:postgresql://127.0.0.1:1/never-reached");

        assertThat(invalid.exitCode()).isEqualTo(2);
        assertThat(invalid.errLines()).containsExactly("Invalid institution code 'Bad_Code': 2-32 characters,"
                + " lower-case letters, digits and '-', starting with a letter");
    }

    @Test
    void anInvalidRegionFailsAndLeavesNoSchema() {
        CliRun invalid = platform.run("create", "--code", "badregion", "--name", "x", "--region", "4301");

        assertThat(invalid.exitCode()).isEqualTo(1);
        assertThat(invalid.errLines()).containsExactly("Region code must be six digits (GB/T 2260), got '4301'");
        assertThat(platform.schemaExists("t_badregion")).isFalse();
    }

    @Test
    void missingRequiredOptionsAreAUsageError() {
        CliRun missing = platform.run("create", "--code", "incomplete");

        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.errLines()).first()
                .isEqualTo("Missing required options: '--name=<name>', '--region=<region>'");
        assertThat(platform.schemaExists("t_incomplete")).isFalse();
    }

    @Test
    void tableColumnsLineUpWithChineseNames() {
        platform.run("create", "--code", "ab", "--name", "长沙", "--region", "430100");
        platform.run("create", "--code", "cd", "--name", "Xiangtan Training", "--region", "430300");

        List<String> lines = platform.run("list").outLines();

        assertThat(lines).hasSize(3);
        // Terminal columns before the REGION column, on the header and on both rows.
        assertThat(lines).extracting(line -> TenantTable.columns(line.substring(0, line.startsWith("CODE")
                        ? line.indexOf("REGION") : line.indexOf("430"))))
                .containsOnly("ab    Xiangtan Training  ".length());
    }
}
