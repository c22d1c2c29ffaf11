package cn.kaichuang.helm;

import static cn.kaichuang.helm.Chart.FULLNAME;
import static org.assertj.core.api.Assertions.assertThat;

import cn.kaichuang.helm.Manifests.Manifest;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class MigrationHookTest {

    private static final String NAME = FULLNAME + "-migrate";

    private final Manifests manifests = Chart.template().render();
    private final Manifest job = manifests.get("Job", NAME);

    @Test
    void migratesEveryTenantBeforeInstallAndUpgrade() {
        assertThat(job.annotations()).containsEntry("helm.sh/hook", "pre-install,pre-upgrade");
        assertThat(job.at(job.pod("containers", 0, "args"))).isEqualTo(List.of("tenants", "migrate", "--all"));
        assertThat(job.stringAt(job.pod("restartPolicy"))).isEqualTo("Never");
        assertThat(job.at("spec", "backoffLimit")).isEqualTo(1);
    }

    @Test
    void createsTheServiceAccountAndConfigMapItNeedsBeforeTheJob() {
        List<Manifest> hooks = manifests.hooks().stream()
                .sorted(Comparator.comparingInt(MigrationHookTest::weight))
                .toList();

        assertThat(hooks).extracting(Manifest::kind).containsExactly("ServiceAccount", "ConfigMap", "Job");
        assertThat(hooks).extracting(MigrationHookTest::weight).doesNotHaveDuplicates();
        assertThat(hooks).allSatisfy(hook -> {
            assertThat(hook.name()).isEqualTo(NAME);
            assertThat(hook.annotations()).containsEntry("helm.sh/hook", "pre-install,pre-upgrade");
        });
        assertThat(job.stringAt(job.pod("serviceAccountName"))).isEqualTo(NAME);
        assertThat(job.stringAt(job.pod("containers", 0, "envFrom", 0, "configMapRef", "name"))).isEqualTo(NAME);
    }

    @Test
    void replacesTheLastRunOnlyWhenTheNextOneStarts() {
        assertThat(manifests.hooks()).hasSize(3).allSatisfy(hook ->
                assertThat(hook.annotations()).containsEntry("helm.sh/hook-delete-policy", "before-hook-creation"));
    }

    @Test
    void passesTheCliItsOwnSettings() {
        assertThat(manifests.get("ConfigMap", NAME).mapAt("data"))
                .containsEntry("KAICHUANG_JDBC_URL", "jdbc:postgresql://postgresql:5432/kaichuang")
                .containsEntry("KAICHUANG_S3_ENDPOINT", "http://minio:9000")
                .containsEntry("KAICHUANG_ROLE_PREFIX", "");
        assertThat(job.secretRef("KAICHUANG_JDBC_USER")).isEqualTo("kaichuang-database/username");
        assertThat(job.secretRef("KAICHUANG_JDBC_PASSWORD")).isEqualTo("kaichuang-database/password");
        assertThat(job.secretRef("KAICHUANG_S3_ACCESS_KEY")).isEqualTo("kaichuang-object-store/access-key");
        assertThat(job.secretRef("KAICHUANG_S3_SECRET_KEY")).isEqualTo("kaichuang-object-store/secret-key");
        assertThat(job.mapAt("spec", "template", "metadata", "labels")).containsEntry("app.kubernetes.io/component", "migrate");
    }

    @Test
    void logsInWithTheProvisioningRoleWhenOneIsGiven() {
        Manifest external = Chart.template().values("external").render().get("Job", NAME);

        assertThat(external.secretRef("KAICHUANG_JDBC_USER")).isEqualTo("kaichuang-db-owner/user");
        assertThat(external.secretRef("KAICHUANG_JDBC_PASSWORD")).isEqualTo("kaichuang-db-owner/pass");
    }

    @Test
    void canBeLeftToAnotherMigrationPath() {
        Manifests without = Chart.template().set("migration.enabled", false).render();

        assertThat(without.hooks()).isEmpty();
        assertThat(without.find("Job", NAME)).isEmpty();
    }

    private static int weight(Manifest hook) {
        return Integer.parseInt(String.valueOf(hook.annotations().get("helm.sh/hook-weight")));
    }
}
