package cn.kaichuang.app.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaichuang.app.Application;
import cn.kaichuang.app.AppTestInitializer;
import cn.kaichuang.backup.ExportLog;
import cn.kaichuang.jobs.StatisticsRefresh;
import cn.kaichuang.tenancy.TenantCode;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application with a separate management port, as the chart runs it: probes and the
 * Prometheus scrape there without a login, and the metric names the chart's alerts use.
 */
@SpringBootTest(classes = Application.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"kaichuang.embedded.enabled=false", "kaichuang.monitoring.refresh=1s",
            // Apart from the Quartz schedulers of the other test contexts in this JVM.
            "kaichuang.jobs.cluster-name=prometheus-scrape-test",
            // As the chart sets it on its management port, which only the cluster's monitoring reaches.
            "management.endpoint.health.show-details=always"})
@ContextConfiguration(initializers = AppTestInitializer.class)
class PrometheusScrapeTest {

    private static final int MANAGEMENT_PORT = freePort();

    @DynamicPropertySource
    static void managementPort(DynamicPropertyRegistry registry) {
        registry.add("management.server.port", () -> MANAGEMENT_PORT);
    }

    @LocalServerPort int port;
    @Autowired StatisticsRefresh statistics;
    @Autowired Scheduler scheduler;
    @Autowired ExportLog exports;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void probesAnswerOnTheManagementPortWithTheirGroups() throws Exception {
        HttpResponse<String> liveness = get(MANAGEMENT_PORT, "/actuator/health/liveness");
        HttpResponse<String> readiness = get(MANAGEMENT_PORT, "/actuator/health/readiness");

        assertThat(liveness.statusCode()).isEqualTo(200);
        assertThat(liveness.body()).contains("\"status\":\"UP\"").doesNotContain("\"db\"");
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"db\"").contains("\"objectStore\"").contains("\"readinessState\"");
    }

    @Test
    void theScrapeHasJobAuditBusinessBackupHttpPoolAndHeapMetrics() throws Exception {
        exports.record(TenantCode.of("zhuzhou-yandi"), Instant.now().minusSeconds(7200), "s3://kaichuang-exports/x.zip",
                1, "0".repeat(64));
        statistics.requestNow();
        scheduler.triggerJob(JobKey.jobKey("audit-verification"));
        get(port, "/login");

        String scrape = awaitScrapeWith(Duration.ofSeconds(60), List.of(
                "kaichuang_jobs_runs_total{application=\"kaichuang\",outcome=\"success\",quartz_job=\"statistics-snapshot\"}",
                "kaichuang_jobs_runs_total{application=\"kaichuang\",outcome=\"success\",quartz_job=\"audit-verification\"}",
                "kaichuang_jobs_last_success_seconds{application=\"kaichuang\",quartz_job=\"statistics-snapshot\"}",
                "kaichuang_audit_chains_broken{application=\"kaichuang\"} 0.0",
                "kaichuang_tenant_cohorts{application=\"kaichuang\",tenant=\"changsha-xingcheng\"} 4.0",
                "kaichuang_tenant_trainees{application=\"kaichuang\",tenant=\"changsha-xingcheng\"} 25.0",
                "kaichuang_backup_age_seconds{application=\"kaichuang\",tenant=\"zhuzhou-yandi\"} 72"));

        assertThat(scrape).contains("kaichuang_backup_age_seconds{application=\"kaichuang\",tenant=\"changsha-xingcheng\"}")
                .contains("http_server_requests_seconds_bucket{").contains("hikaricp_connections_active{")
                .contains("hikaricp_connections_max{").contains("jvm_memory_used_bytes{")
                .contains("jvm_memory_max_bytes{");
    }

    @Test
    void onTheApplicationPortTheScrapeNeedsALogin() throws Exception {
        HttpResponse<String> scrape = get(port, "/actuator/prometheus");

        assertThat(scrape.statusCode()).isEqualTo(302);
        assertThat(scrape.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    private String awaitScrapeWith(Duration limit, List<String> expected) throws Exception {
        Instant deadline = Instant.now().plus(limit);
        String scrape = "";
        while (Instant.now().isBefore(deadline)) {
            HttpResponse<String> response = get(MANAGEMENT_PORT, "/actuator/prometheus");
            assertThat(response.statusCode()).isEqualTo(200);
            scrape = response.body();
            String body = scrape;
            if (expected.stream().allMatch(body::contains)) {
                return scrape;
            }
            Thread.sleep(500);
        }
        String body = scrape;
        assertThat(expected).as("metrics in the scrape").allSatisfy(line -> assertThat(body).contains(line));
        return scrape;
    }

    private HttpResponse<String> get(int onPort, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + onPort + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
