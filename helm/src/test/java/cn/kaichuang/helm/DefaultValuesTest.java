package cn.kaichuang.helm;

import static cn.kaichuang.helm.Chart.FULLNAME;
import static org.assertj.core.api.Assertions.assertThat;

import cn.kaichuang.helm.Manifests.Manifest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DefaultValuesTest {

    private final Manifests manifests = Chart.template().render();
    private final Manifest deployment = manifests.get("Deployment", FULLNAME);

    @Test
    void runsTwoReplicasWithRollingUpdatesThatNeverDropCapacity() {
        assertThat(deployment.at("spec", "replicas")).isEqualTo(2);
        assertThat(deployment.stringAt("spec", "strategy", "type")).isEqualTo("RollingUpdate");
        assertThat(deployment.at("spec", "strategy", "rollingUpdate", "maxUnavailable")).isEqualTo(0);
        assertThat(deployment.at(deployment.pod("containers", 0, "args"))).isEqualTo(List.of("app"));
        assertThat(deployment.stringAt(deployment.pod("containers", 0, "image"))).isEqualTo("kaichuang/kaichuang:0.1.0");
    }

    @Test
    void probesUseTheActuatorHealthGroupsOnTheManagementPort() {
        assertThat(deployment.stringAt(deployment.pod("containers", 0, "livenessProbe", "httpGet", "path")))
                .isEqualTo("/actuator/health/liveness");
        assertThat(deployment.stringAt(deployment.pod("containers", 0, "startupProbe", "httpGet", "path")))
                .isEqualTo("/actuator/health/liveness");
        assertThat(deployment.stringAt(deployment.pod("containers", 0, "readinessProbe", "httpGet", "path")))
                .isEqualTo("/actuator/health/readiness");
        for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
            assertThat(deployment.stringAt(deployment.pod("containers", 0, probe, "httpGet", "port"))).isEqualTo("management");
        }
        assertThat(deployment.listAt(deployment.pod("containers", 0, "ports")))
                .extracting(p -> p.get("name") + ":" + p.get("containerPort"))
                .containsExactly("http:8080", "management:8081");
        assertThat(manifests.get("ConfigMap", FULLNAME).mapAt("data"))
                .containsEntry("MANAGEMENT_SERVER_PORT", "8081")
                .containsEntry("MANAGEMENT_ENDPOINT_HEALTH_SHOWDETAILS", "always")
                .containsEntry("MANAGEMENT_ENDPOINT_HEALTH_PROBES_ENABLED", "true");
    }

    @Test
    void structuredLogsAreOptIn() {
        assertThat(manifests.get("ConfigMap", FULLNAME).mapAt("data")).doesNotContainKey("LOGGING_STRUCTURED_FORMAT_CONSOLE");

        assertThat(Chart.template().set("app.logFormat", "ecs").render().get("ConfigMap", FULLNAME).mapAt("data"))
                .containsEntry("LOGGING_STRUCTURED_FORMAT_CONSOLE", "ecs");
    }

    @Test
    void oneSharedPortCarriesProbesAndMetrics() {
        Manifests sharing = Chart.template().set("app.managementPort", 8080)
                .set("metrics.serviceMonitor.enabled", true).render();
        Manifest shared = sharing.get("Deployment", FULLNAME);
        Manifest policy = sharing.get("NetworkPolicy", FULLNAME);

        assertThat(shared.stringAt(shared.pod("containers", 0, "readinessProbe", "httpGet", "port"))).isEqualTo("http");
        assertThat(shared.listAt(shared.pod("containers", 0, "ports"))).hasSize(1);
        assertThat(sharing.get("ConfigMap", FULLNAME).mapAt("data")).doesNotContainKey("MANAGEMENT_SERVER_PORT")
                .doesNotContainKey("MANAGEMENT_ENDPOINT_HEALTH_SHOWDETAILS");
        assertThat(sharing.get("ServiceMonitor", FULLNAME).stringAt("spec", "endpoints", 0, "port")).isEqualTo("http");
        assertThat(policy.listAt("spec", "ingress")).hasSize(1);
        assertThat(policy.listAt("spec", "ingress", 0, "from"))
                .extracting(peer -> new Manifest(peer).at("namespaceSelector", "matchLabels", "kubernetes.io/metadata.name"))
                .containsExactly("ingress-nginx", "monitoring");
    }

    @Test
    void takesEverySecretFromTheExistingSecretsByName() {
        assertThat(deployment.secretRef("SPRING_DATASOURCE_USERNAME")).isEqualTo("kaichuang-database/username");
        assertThat(deployment.secretRef("SPRING_DATASOURCE_PASSWORD")).isEqualTo("kaichuang-database/password");
        assertThat(deployment.secretRef("KAICHUANG_STORAGE_ACCESS_KEY")).isEqualTo("kaichuang-object-store/access-key");
        assertThat(deployment.secretRef("KAICHUANG_STORAGE_SECRET_KEY")).isEqualTo("kaichuang-object-store/secret-key");
        assertThat(deployment.secretRef("KAICHUANG_CRYPTO_KEYS_K1")).isEqualTo("kaichuang-crypto/key-k1");
        assertThat(deployment.secretRef("KAICHUANG_CRYPTO_INDEX_KEY")).isEqualTo("kaichuang-crypto/index-key");
        assertThat(manifests.ofKind("Secret")).as("the chart never creates or generates secrets").isEmpty();
        assertThat(deployment.listAt(deployment.pod("containers", 0, "env")))
                .as("local mode needs no Keycloak client secret")
                .noneMatch(e -> String.valueOf(e.get("name")).contains("OAUTH2"));
    }

    @Test
    void pointsTheApplicationAtExternalServicesOnly() {
        Map<String, Object> config = manifests.get("ConfigMap", FULLNAME).mapAt("data");

        assertThat(config)
                .containsEntry("SPRING_DATASOURCE_URL", "jdbc:postgresql://postgresql:5432/kaichuang")
                .containsEntry("KAICHUANG_STORAGE_ENDPOINT", "http://minio:9000")
                .containsEntry("KAICHUANG_STORAGE_EMBEDDED_ENABLED", "false")
                .containsEntry("KAICHUANG_SECURITY_MODE", "local")
                .containsEntry("KAICHUANG_DEMO_ENABLED", "false")
                .containsEntry("KAICHUANG_CRYPTO_ACTIVE_KEY", "k1")
                .containsEntry("KAICHUANG_TENANCY_MIGRATE_ON_START", "false");
        assertThat(String.valueOf(config.get("SPRING_APPLICATION_JSON"))).contains("\"http.server.requests\":true");
        assertThat(deployment.stringAt(deployment.pod("containers", 0, "envFrom", 0, "configMapRef", "name"))).isEqualTo(FULLNAME);
        assertThat(deployment.annotations()).isEmpty();
        assertThat(deployment.stringAt("spec", "template", "metadata", "annotations", "checksum/config")).hasSize(64);
    }

    @Test
    void pinsSessionsWithCookieAffinityBehindTls() {
        Manifest ingress = manifests.get("Ingress", FULLNAME);

        assertThat(ingress.annotations())
                .containsEntry("nginx.ingress.kubernetes.io/affinity", "cookie")
                .containsEntry("nginx.ingress.kubernetes.io/affinity-mode", "persistent")
                .containsEntry("nginx.ingress.kubernetes.io/session-cookie-name", "KAICHUANG_ROUTE")
                .containsEntry("nginx.ingress.kubernetes.io/session-cookie-secure", "true")
                .doesNotContainKey("nginx.ingress.kubernetes.io/session-cookie-max-age");
        assertThat(ingress.stringAt("spec", "ingressClassName")).isEqualTo("nginx");
        assertThat(ingress.stringAt("spec", "tls", 0, "secretName")).isEqualTo("kaichuang-tls");
        assertThat(ingress.at("spec", "tls", 0, "hosts")).isEqualTo(List.of("kaichuang.example.com"));
        assertThat(ingress.stringAt("spec", "rules", 0, "http", "paths", 0, "backend", "service", "name")).isEqualTo(FULLNAME);
        assertThat(ingress.stringAt("spec", "rules", 0, "http", "paths", 0, "backend", "service", "port", "name")).isEqualTo("http");
    }

    @Test
    void turningStickySessionsOffRemovesTheAffinityAnnotations() {
        Manifest ingress = Chart.template().set("ingress.stickySessions.enabled", false).render().get("Ingress", FULLNAME);

        assertThat(ingress.annotations()).doesNotContainKey("nginx.ingress.kubernetes.io/affinity");
    }

    @Test
    void networkPoliciesAdmitOnlyTheIngressAndPrometheusAndLimitEgress() {
        Manifest web = manifests.get("NetworkPolicy", FULLNAME);
        Manifest cli = manifests.get("NetworkPolicy", FULLNAME + "-cli");

        assertThat(web.mapAt("spec", "podSelector", "matchLabels")).containsEntry("app.kubernetes.io/component", "web");
        assertThat(web.at("spec", "policyTypes")).isEqualTo(List.of("Ingress", "Egress"));
        assertThat(web.stringAt("spec", "ingress", 0, "from", 0, "namespaceSelector", "matchLabels", "kubernetes.io/metadata.name"))
                .isEqualTo("ingress-nginx");
        assertThat(web.stringAt("spec", "ingress", 1, "ports", 0, "port")).isEqualTo("management");
        assertThat(web.listAt("spec", "egress"))
                .extracting(rule -> new Manifest(rule).at("ports", 0, "port"))
                .containsExactly(53, 5432, 9000);
        assertThat(cli.at("spec", "ingress")).as("the CLI pods accept no connection").isNull();
        assertThat(cli.at("spec", "podSelector", "matchExpressions", 0, "values")).isEqualTo(List.of("migrate", "export"));
    }

    @Test
    void leavesOptionalResourcesOut() {
        for (String kind : List.of("HorizontalPodAutoscaler", "ServiceMonitor", "PrometheusRule", "CronJob")) {
            assertThat(manifests.ofKind(kind)).as(kind).isEmpty();
        }
        assertThat(manifests.get("PodDisruptionBudget", FULLNAME).at("spec", "maxUnavailable")).isEqualTo(1);
    }

    @Test
    void runsPodsAsNonRootOnAReadOnlyFileSystem() {
        assertThat(deployment.mapAt(deployment.pod("securityContext")))
                .containsEntry("runAsNonRoot", true).containsEntry("runAsUser", 10001);
        assertThat(deployment.mapAt(deployment.pod("containers", 0, "securityContext")))
                .containsEntry("readOnlyRootFilesystem", true).containsEntry("allowPrivilegeEscalation", false);
        assertThat(deployment.at(deployment.pod("automountServiceAccountToken"))).isEqualTo(false);
    }

    @Test
    void labelsEveryResourceAndSelectsOnlyWebPods() {
        for (Manifest manifest : manifests.all()) {
            assertThat(manifest.labels()).as(manifest.kind() + "/" + manifest.name())
                    .containsEntry("app.kubernetes.io/name", "kaichuang")
                    .containsEntry("app.kubernetes.io/instance", Chart.RELEASE)
                    .containsEntry("app.kubernetes.io/managed-by", "Helm")
                    .containsEntry("helm.sh/chart", "kaichuang-0.1.0")
                    .containsKey("app.kubernetes.io/component");
        }
        Map<String, Object> selector = manifests.get("Service", FULLNAME).mapAt("spec", "selector");
        assertThat(deployment.mapAt("spec", "selector", "matchLabels")).isEqualTo(selector);
        assertThat(deployment.mapAt("spec", "template", "metadata", "labels")).containsAllEntriesOf(selector);
    }
}
