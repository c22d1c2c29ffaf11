package cn.kaichuang.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kaichuang.testsupport.PlatformTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

@PlatformTest
class TenantProvisioningTest {

    private final TenantProvisioning provisioning;
    private final TenantDirectory directory;
    private final JdbcClient jdbc;
    private final String rolePrefix;

    @Autowired
    TenantProvisioningTest(TenantProvisioning provisioning, TenantDirectory directory, JdbcClient jdbc,
            @Value("${kaichuang.tenancy.role-prefix}") String rolePrefix) {
        this.provisioning = provisioning;
        this.directory = directory;
        this.jdbc = jdbc;
        this.rolePrefix = rolePrefix;
    }

    @Test
    void createMakesARoleOwnedSchemaWithTablesAndARegistryRow() {
        Tenant tenant = provisioning.create(TenantCode.of("hn-changsha-01"), "长沙创业学院", "430100");

        assertThat(tenant.schema()).isEqualTo("t_hn_changsha_01");
        assertThat(tenant.status()).isEqualTo(TenantStatus.ACTIVE);
        assertThat(tenant.schemaVersion()).isEqualTo(provisioning.currentSchemaVersion()).isPositive();
        assertThat(jdbc.sql("select pg_get_userbyid(nspowner) from pg_namespace where nspname = 't_hn_changsha_01'")
                .query(String.class).single()).isEqualTo(rolePrefix + "t_hn_changsha_01");
        assertThat(jdbc.sql("select rolcanlogin from pg_roles where rolname = ?").param(rolePrefix + "t_hn_changsha_01")
                .query(Boolean.class).single()).isFalse();
        assertThat(jdbc.sql("select table_name from information_schema.tables where table_schema = 't_hn_changsha_01'"
                + " order by 1").query(String.class).list())
                .contains("cohort", "enrolment", "lecturer", "trainee", "databasechangelog");
    }

    @Test
    void aDuplicateCodeIsRefusedAndTheFirstTenantIsKept() {
        provisioning.create(TenantCode.of("dup"), "第一", "430100");
        assertThatThrownBy(() -> provisioning.create(TenantCode.of("dup"), "第二", "430200"))
                .isInstanceOf(TenantAlreadyExistsException.class)
                .hasMessage("Institution 'dup' already exists");
        assertThat(directory.require(TenantCode.of("dup")).name()).isEqualTo("第一");
    }

    @Test
    void aFailedCreateLeavesNothingAndDoesNotTouchWhatItDidNotMake() {
        String foreignRole = rolePrefix + "t_taken";
        jdbc.sql("create role " + foreignRole + " nologin").update();

        assertThatThrownBy(() -> provisioning.create(TenantCode.of("taken"), "占用", "430100"))
                .isInstanceOf(TenancyException.class)
                .hasMessageContaining("already exists in this PostgreSQL cluster");

        assertThat(directory.find(TenantCode.of("taken"))).isEmpty();
        assertThat(schemaExists("t_taken")).isFalse();
        assertThat(jdbc.sql("select count(*) from pg_roles where rolname = ?").param(foreignRole)
                .query(Long.class).single()).as("the role that was there before survives").isOne();
    }

    @Test
    void badInputIsRefusedWithAClearMessage() {
        assertThatThrownBy(() -> TenantCode.of("1abc")).hasMessageContaining("Invalid institution code '1abc'");
        assertThatThrownBy(() -> TenantCode.of("Abc")).isInstanceOf(InvalidTenantCodeException.class);
        assertThatThrownBy(() -> TenantCode.of("a".repeat(33))).isInstanceOf(InvalidTenantCodeException.class);
        assertThatThrownBy(() -> provisioning.create(TenantCode.of("badregion"), "x", "4301"))
                .hasMessageContaining("Region code must be six digits");
        assertThat(schemaExists("t_badregion")).isFalse();
    }

    @Test
    void suspendResumeAndDrop() {
        TenantCode code = TenantCode.of("lifecycle");
        provisioning.create(code, "生命周期", "430300");

        provisioning.suspend(code);
        assertThat(directory.require(code).status()).isEqualTo(TenantStatus.SUSPENDED);
        assertThat(directory.active()).extracting(Tenant::code).doesNotContain(code);
        assertThatThrownBy(() -> provisioning.suspend(code)).hasMessageContaining("is SUSPENDED, not ACTIVE");
        provisioning.resume(code);
        assertThat(directory.require(code).status()).isEqualTo(TenantStatus.ACTIVE);

        provisioning.drop(code);
        assertThat(directory.find(code)).isEmpty();
        assertThat(schemaExists("t_lifecycle")).isFalse();
        assertThat(jdbc.sql("select count(*) from pg_roles where rolname = ?").param(rolePrefix + "t_lifecycle")
                .query(Long.class).single()).isZero();
        assertThatThrownBy(() -> provisioning.drop(code)).isInstanceOf(UnknownTenantException.class);
    }

    @Test
    void migrateBringsOutdatedSchemasUpToDateInParallelAndVerifiesEachOne() {
        List<TenantCode> codes = List.of(TenantCode.of("mig-a"), TenantCode.of("mig-b"), TenantCode.of("mig-c"));
        codes.forEach(c -> provisioning.create(c, c.value(), "430100"));
        jdbc.sql("update platform.tenant set schema_version = 0 where code like 'mig-%'").update();
        List<String> progress = new java.util.concurrent.CopyOnWriteArrayList<>();

        MigrationReport report = provisioning.migrate(codes, (done, total, tenant, ok) -> progress.add(done + "/" + total));

        assertThat(report.ok()).isTrue();
        assertThat(report.migrated()).isEqualTo(3);
        assertThat(progress).containsExactlyInAnyOrder("1/3", "2/3", "3/3");
        codes.forEach(c -> assertThat(directory.require(c).schemaVersion()).isEqualTo(provisioning.currentSchemaVersion()));
        assertThatThrownBy(() -> provisioning.migrate(List.of(TenantCode.of("nosuch")), MigrationProgress.NONE))
                .isInstanceOf(UnknownTenantException.class);
    }

    @Test
    void oneTenantsFailedMigrationDoesNotStopTheOthers() {
        provisioning.create(TenantCode.of("fail-a"), "a", "430100");
        provisioning.create(TenantCode.of("fail-b"), "b", "430100");
        // Break fail-a: without its history Liquibase recreates tables that are there.
        jdbc.sql("drop table t_fail_a.databasechangelog").update();

        MigrationReport report = provisioning.migrate(
                List.of(TenantCode.of("fail-a"), TenantCode.of("fail-b")), MigrationProgress.NONE);

        assertThat(report.migrated()).isEqualTo(1);
        assertThat(report.failures()).singleElement().satisfies(f -> assertThat(f.tenant().value()).isEqualTo("fail-a"));
    }

    private boolean schemaExists(String schema) {
        return jdbc.sql("select count(*) from pg_namespace where nspname = ?").param(schema).query(Long.class).single() > 0;
    }
}
