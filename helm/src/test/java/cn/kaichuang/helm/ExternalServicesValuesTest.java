package cn.kaichuang.helm;

import static cn.kaichuang.helm.Chart.FULLNAME;
import static org.assertj.core.api.Assertions.assertThat;

import cn.kaichuang.helm.Manifests.Manifest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** ci/external-values.yaml: a Citus cluster, distributed MinIO over TLS, Keycloak. */
class ExternalServicesValuesTest {

    private static final String CITUS_URL = "jdbc:postgresql://citus-coordinator-0.citus.db.svc:5432,"
            + "citus-coordinator-1.citus.db.svc:5432/kaichuang?targetServerType=primary&sslmode=verify-full";

    private final Manifests manifests = Chart.template().values("external").render();
    private final Manifest deployment = manifests.get("Deployment", FULLNAME);
    private final Map<String, Object> config = manifests.get("ConfigMap", FULLNAME).mapAt("data");

    @Test
    void connectsAppAndCliToTheCitusCoordinators() {
        assertThat(config).containsEntry("SPRING_DATASOURCE_URL", CITUS_URL)
                .containsEntry("KAICHUANG_TENANCY_ROLE_PREFIX", "hn_")
                .containsEntry("KAICHUANG_TENANCY_APP_ROLE", "kaichuang_app")
                .containsEntry("KAICHUANG_TENANCY_MIGRATION_PARALLELISM", "8");
        assertThat(manifests.get("ConfigMap", FULLNAME + "-migrate").mapAt("data"))
                .containsEntry("KAICHUANG_JDBC_URL", CITUS_URL)
                .containsEntry("KAICHUANG_ROLE_PREFIX", "hn_");
        assertThat(deployment.secretRef("SPRING_DATASOURCE_USERNAME")).isEqualTo("kaichuang-db-app/user");
        assertThat(deployment.secretRef("SPRING_DATASOURCE_PASSWORD")).isEqualTo("kaichuang-db-app/pass");
    }

    @Test
    void logsInThroughKeycloak() {
        assertThat(config).containsEntry("KAICHUANG_SECURITY_MODE", "oidc")
                .containsEntry("SPRING_SECURITY_OAUTH2_CLIENT_PROVIDER_KEYCLOAK_ISSUER_URI",
                        "https://sso.example.gov.cn:8443/realms/kaichuang")
                .containsEntry("SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_KEYCLOAK_CLIENT_ID", "kaichuang-web");
        assertThat(deployment.secretRef("SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_KEYCLOAK_CLIENT_SECRET"))
                .isEqualTo("keycloak-kaichuang-client/secret");
    }

    @Test
    void usesDistributedMinioWithItsOwnSecret() {
        assertThat(config).containsEntry("KAICHUANG_STORAGE_ENDPOINT", "https://minio.storage.svc.cluster.local")
                .containsEntry("KAICHUANG_STORAGE_REGION", "cn-central-1")
                .containsEntry("KAICHUANG_STORAGE_BUCKET_PREFIX", "hn-");
        assertThat(deployment.secretRef("KAICHUANG_STORAGE_ACCESS_KEY")).isEqualTo("minio-kaichuang/rootUser");
        assertThat(deployment.secretRef("KAICHUANG_STORAGE_SECRET_KEY")).isEqualTo("minio-kaichuang/rootPassword");
    }

    @Test
    void keepsOldKeysReadableWhileTheNewOneEncrypts() {
        assertThat(config).containsEntry("KAICHUANG_CRYPTO_ACTIVE_KEY", "k2");
        assertThat(deployment.secretRef("KAICHUANG_CRYPTO_KEYS_K1")).isEqualTo("kaichuang-pii-keys/aes-k1");
        assertThat(deployment.secretRef("KAICHUANG_CRYPTO_KEYS_K2")).isEqualTo("kaichuang-pii-keys/aes-k2");
        assertThat(deployment.secretRef("KAICHUANG_CRYPTO_INDEX_KEY")).isEqualTo("kaichuang-pii-keys/hmac");
    }

    @Test
    void opensEgressOnlyToThePortsOfTheConfiguredServices() {
        Manifest policy = manifests.get("NetworkPolicy", FULLNAME);

        assertThat(policy.at("spec", "egress", 1, "ports", 0, "port")).isEqualTo(5432);
        assertThat(policy.stringAt("spec", "egress", 1, "to", 0, "namespaceSelector", "matchLabels", "kubernetes.io/metadata.name"))
                .isEqualTo("db");
        assertThat(policy.at("spec", "egress", 2, "ports", 0, "port")).as("https without a port").isEqualTo(443);
        assertThat(policy.stringAt("spec", "egress", 2, "to", 0, "namespaceSelector", "matchLabels", "kubernetes.io/metadata.name"))
                .isEqualTo("storage");
        assertThat(policy.at("spec", "egress", 3, "ports", 0, "port")).as("Keycloak's explicit port").isEqualTo(8443);
        assertThat(policy.at("spec", "egress", 3, "to")).isNull();
    }

    @Test
    void servesTheGovernmentHostWithItsCertificate() {
        Manifest ingress = manifests.get("Ingress", FULLNAME);

        assertThat(ingress.stringAt("spec", "rules", 0, "host")).isEqualTo("kaichuang.example.gov.cn");
        assertThat(ingress.stringAt("spec", "tls", 0, "secretName")).isEqualTo("kaichuang-gov-tls");
        assertThat(ingress.annotations()).containsEntry("cert-manager.io/cluster-issuer", "gov-ca")
                .containsEntry("nginx.ingress.kubernetes.io/affinity", "cookie");
    }
}
