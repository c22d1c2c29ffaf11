package cn.kaichuang.app.monitoring;

import cn.kaichuang.backup.ExportLog;
import cn.kaichuang.backup.ExportLog.LastExport;
import cn.kaichuang.supervision.StatisticsSnapshots;
import cn.kaichuang.supervision.TenantStatistics;
import cn.kaichuang.tenancy.Tenant;
import cn.kaichuang.tenancy.TenantDirectory;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.MultiGauge.Row;
import io.micrometer.core.instrument.Tags;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Per-institution gauges, refreshed every minute from two cheap platform queries (never by
 * fanning out over tenant schemas): {@code kaichuang_tenant_cohorts} and
 * {@code kaichuang_tenant_trainees} from the latest statistics snapshot, and
 * {@code kaichuang_backup_age_seconds}: time since the institution's last export, or since it
 * was created when it has never been exported, so a forgotten institution also ages.
 */
@Component
class BusinessGauges implements SmartInitializingSingleton, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(BusinessGauges.class);

    private final TenantDirectory tenants;
    private final StatisticsSnapshots snapshots;
    private final ExportLog exports;
    private final Clock clock;
    private final Duration interval;
    private final MultiGauge cohorts;
    private final MultiGauge trainees;
    private final MultiGauge backupAge;
    private final ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("business-gauges").daemon().factory());

    BusinessGauges(MeterRegistry registry, TenantDirectory tenants, StatisticsSnapshots snapshots, ExportLog exports,
            @Value("${kaichuang.monitoring.refresh:60s}") Duration interval) {
        this.tenants = tenants;
        this.snapshots = snapshots;
        this.exports = exports;
        this.clock = Clock.systemUTC();
        this.interval = interval;
        this.cohorts = MultiGauge.builder("kaichuang.tenant.cohorts")
                .description("Cohorts of the institution at the latest statistics snapshot").register(registry);
        this.trainees = MultiGauge.builder("kaichuang.tenant.trainees")
                .description("Trainees of the institution at the latest statistics snapshot").register(registry);
        this.backupAge = MultiGauge.builder("kaichuang.backup.age").baseUnit("seconds")
                .description("Time since the institution's last export (since creation if never exported)")
                .register(registry);
    }

    @Override
    public void afterSingletonsInstantiated() {
        refresher.scheduleWithFixedDelay(this::refreshQuietly, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    void refresh() {
        List<TenantStatistics> latest = snapshots.latest();
        cohorts.register(latest.stream().map(s -> Row.of(tags(s.tenant().value()), s.cohorts())).toList(), true);
        trainees.register(latest.stream().map(s -> Row.of(tags(s.tenant().value()), s.trainees())).toList(), true);
        Map<String, LastExport> last = exports.latest().stream()
                .collect(Collectors.toMap(e -> e.tenant().value(), Function.identity()));
        long now = clock.millis();
        backupAge.register(tenants.all().stream().filter(Tenant::isActive).map(t -> {
            LastExport export = last.get(t.code().value());
            long since = export != null ? export.finishedAt().toEpochMilli() : t.createdAt().toEpochMilli();
            return Row.of(tags(t.code().value()), (now - since) / 1000.0);
        }).toList(), true);
    }

    private void refreshQuietly() {
        try {
            refresh();
        } catch (RuntimeException e) {
            // The next round tries again; the gauges keep their last values meanwhile.
            log.warn("Refreshing the business gauges failed: {}", e.toString());
        }
    }

    private static Tags tags(String tenant) {
        return Tags.of("tenant", tenant);
    }

    @Override
    public void destroy() {
        refresher.shutdownNow();
    }
}
