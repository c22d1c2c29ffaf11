package cn.kaichuang.helm;

import static cn.kaichuang.helm.Chart.FULLNAME;
import static org.assertj.core.api.Assertions.assertThat;

import cn.kaichuang.helm.Manifests.Manifest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** ci/monitoring-values.yaml: Prometheus Operator resources and the export CronJob. */
class MonitoringValuesTest {

    private final Manifests manifests = Chart.template().values("monitoring").render();

    @Test
    void scrapesThePrometheusEndpointOnTheManagementPort() {
        Manifest monitor = manifests.get("ServiceMonitor", FULLNAME);

        assertThat(monitor.stringAt("apiVersion")).isEqualTo("monitoring.coreos.com/v1");
        assertThat(monitor.labels()).containsEntry("release", "prometheus");
        assertThat(monitor.stringAt("spec", "endpoints", 0, "port")).isEqualTo("management");
        assertThat(monitor.stringAt("spec", "endpoints", 0, "path")).isEqualTo("/actuator/prometheus");
        assertThat(monitor.stringAt("spec", "endpoints", 0, "interval")).isEqualTo("15s");
        assertThat(monitor.mapAt("spec", "selector", "matchLabels"))
                .isEqualTo(manifests.get("Service", FULLNAME).mapAt("spec", "selector"));
        assertThat(manifests.get("Service", FULLNAME).listAt("spec", "ports"))
                .extracting(p -> p.get("name")).contains("management");
    }

    @Test
    void alertsOnLatencyPoolHeapJobsAuditChainAndBackups() {
        Manifest rules = manifests.get("PrometheusRule", FULLNAME);

        List<Map<String, Object>> alerts = rules.listAt("spec", "groups").stream()
                .flatMap(group -> new Manifest(group).listAt("rules").stream())
                .toList();
        assertThat(alerts).extracting(a -> a.get("alert")).containsExactly(
                "KaichuangSlowRequests", "KaichuangConnectionPoolSaturated", "KaichuangHeapNearlyFull",
                "KaichuangJobFailed", "KaichuangJobLate", "KaichuangAuditChainBroken",
                "KaichuangBackupStale", "KaichuangBackupMissing", "KaichuangCertificateExpiring");
        assertThat(alerts).allSatisfy(alert -> assertThat(String.valueOf(alert.get("expr")))
                .satisfiesAnyOf(e -> assertThat(e).contains("service=\"" + FULLNAME + "\""),
                        e -> assertThat(e).contains("cronjob=\"" + FULLNAME + "-export\""),
                        e -> assertThat(e).contains("certmanager_certificate_expiration_timestamp_seconds{namespace=")));
        assertThat(String.valueOf(alerts.get(8).get("expr"))).contains("- time() < 1209600");
        assertThat(String.valueOf(alerts.get(0).get("expr"))).contains("http_server_requests_seconds_bucket").endsWith("> 2\n");
        assertThat(String.valueOf(alerts.get(3).get("expr"))).contains("kaichuang_jobs_runs_total{")
                .contains("outcome=\"failure\"");
        assertThat(String.valueOf(alerts.get(4).get("expr"))).contains("kaichuang_jobs_misfires_total{");
        assertThat(String.valueOf(alerts.get(5).get("expr"))).contains("kaichuang_audit_chains_broken{");
        // The application's own per-institution gauge (PrometheusScrapeTest finds it in the scrape).
        assertThat(String.valueOf(alerts.get(6).get("expr")))
                .contains("max by (tenant) (kaichuang_backup_age_seconds{").contains("> 93600");
        assertThat(String.valueOf(alerts.get(7).get("expr")))
                .contains("kube_cronjob_status_last_successful_time{").contains("absent(");
    }

    @Test
    void exportsEveryTenantNightlyToTheConfiguredBucket() {
        Manifest cron = manifests.get("CronJob", FULLNAME + "-export");

        assertThat(cron.stringAt("spec", "schedule")).isEqualTo("30 1 * * *");
        assertThat(cron.stringAt("spec", "timeZone")).isEqualTo("Asia/Shanghai");
        assertThat(cron.stringAt("spec", "concurrencyPolicy")).isEqualTo("Forbid");
        assertThat(cron.at(cron.pod("containers", 0, "args")))
                .isEqualTo(List.of("tenants", "export", "--all", "--to", "s3://kaichuang-exports/nightly"));
        assertThat(cron.secretRef("KAICHUANG_JDBC_PASSWORD")).isEqualTo("kaichuang-database/password");
        assertThat(cron.stringAt(cron.pod("containers", 0, "env", 0, "name"))).startsWith("JAVA_OPTS");
        assertThat(cron.mapAt("spec", "jobTemplate", "spec", "template", "metadata", "labels"))
                .containsEntry("app.kubernetes.io/component", "export");
    }

    @Test
    void theCertificateAlertTakesAnotherSourceOrGoes() {
        Manifest blackbox = Chart.template().values("monitoring")
                .set("metrics.prometheusRule.certificateExpiryExpr", "probe_ssl_earliest_cert_expiry{job=\"blackbox\"}")
                .render().get("PrometheusRule", FULLNAME);
        Manifest none = Chart.template().values("monitoring").set("metrics.prometheusRule.certificateExpiryDays", 0)
                .render().get("PrometheusRule", FULLNAME);

        assertThat(blackbox.listAt("spec", "groups")).filteredOn(g -> "kaichuang.tls".equals(g.get("name")))
                .singleElement().asString().contains("min by (name) (probe_ssl_earliest_cert_expiry{job=\"blackbox\"})");
        assertThat(none.listAt("spec", "groups")).extracting(g -> g.get("name")).doesNotContain("kaichuang.tls");
    }

    @Test
    void withoutTheExportCronJobOnlyTheApplicationsBackupAgeIsWatched() {
        Manifest rules = Chart.template().values("monitoring").set("exports.enabled", false).render()
                .get("PrometheusRule", FULLNAME);

        List<Map<String, Object>> backups = rules.listAt("spec", "groups").stream()
                .filter(g -> "kaichuang.backups".equals(g.get("name")))
                .flatMap(group -> new Manifest(group).listAt("rules").stream()).toList();
        assertThat(backups).extracting(a -> a.get("alert")).containsExactly("KaichuangBackupStale");
        assertThat(String.valueOf(backups.get(0).get("expr"))).contains("kaichuang_backup_age_seconds{");
    }
}
