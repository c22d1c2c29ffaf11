package cn.kaichuang.helm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** NOTES.txt renders (a template error there would fail every install) and tells what to do next. */
class InstallNotesTest {

    @Test
    void namesTheSecretsTheMigrationLogAndAWorkingCliCommand() {
        String notes = Chart.installNotes("external");

        assertThat(notes)
                .contains("Open: https://kaichuang.example.gov.cn/")
                .contains("kaichuang-db-app (database), kaichuang-db-owner (provisioning login)")
                .contains("minio-kaichuang (object store)", "kaichuang-pii-keys (encryption keys)",
                        "keycloak-kaichuang-client (Keycloak client)")
                .contains("kubectl -n edu logs job/kc-kaichuang-migrate")
                .contains("--override-type=strategic")
                .contains("\"configMapRef\":{\"name\":\"kc-kaichuang-migrate\"}")
                .contains("\"secretKeyRef\":{\"key\":\"user\",\"name\":\"kaichuang-db-owner\"}")
                .contains("\"app.kubernetes.io/component\":\"migrate\"")
                .contains("-- tenants list");
    }
}
