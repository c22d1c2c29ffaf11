package cn.kaichuang.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaichuang.cohort.CourseType;
import cn.kaichuang.cohort.Lecturers;
import cn.kaichuang.cohort.NewLecturer;
import cn.kaichuang.supervision.StatisticsSnapshots;
import cn.kaichuang.supervision.TenantStatistics;
import cn.kaichuang.tenancy.TenantCode;
import cn.kaichuang.tenancy.TenantContext;
import cn.kaichuang.tenancy.TenantProvisioning;
import cn.kaichuang.testsupport.TestDatabaseInitializer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quartz.CronTrigger;
import org.quartz.Scheduler;
import org.quartz.TriggerKey;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

@SpringBootTest(classes = JobsTestApplication.class)
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class StatisticsSnapshotJobTest {

    private final Scheduler scheduler;
    private final StatisticsRefresh refresh;
    private final StatisticsSnapshots snapshots;
    private final TenantProvisioning provisioning;
    private final Lecturers lecturers;

    @Autowired
    StatisticsSnapshotJobTest(Scheduler scheduler, StatisticsRefresh refresh, StatisticsSnapshots snapshots,
            TenantProvisioning provisioning, Lecturers lecturers) {
        this.scheduler = scheduler;
        this.refresh = refresh;
        this.snapshots = snapshots;
        this.provisioning = provisioning;
        this.lecturers = lecturers;
    }

    @Test
    void theSchedulerIsClusteredOnThePlatformSchemaAndRunsHourly() throws Exception {
        assertThat(scheduler.getMetaData().isJobStoreClustered()).isTrue();
        assertThat(scheduler.getMetaData().isJobStoreSupportsPersistence()).isTrue();
        CronTrigger trigger = (CronTrigger) scheduler.getTrigger(TriggerKey.triggerKey(JobsAutoConfiguration.STATISTICS_JOB));
        assertThat(trigger.getCronExpression()).isEqualTo("0 0 * * * ?");
    }

    @Test
    void onDemandRunSnapshotsEveryActiveTenant() throws Exception {
        TenantCode a = TenantCode.of("job-a");
        TenantCode b = TenantCode.of("job-b");
        provisioning.create(a, "甲机构", "430100");
        provisioning.create(b, "乙机构", "430200");
        TenantContext.run(b, () -> lecturers.register(new NewLecturer("赵老师", null, "Q", Set.of(CourseType.GYB), null)));

        refresh.requestNow();

        // Other job tests' institutions share the database: wait for these two among them.
        List<TenantStatistics> latest = awaitSnapshots(List.of(a, b), Duration.ofSeconds(30));
        assertThat(latest).extracting(TenantStatistics::tenant).contains(a, b);
        assertThat(latest).filteredOn(s -> s.tenant().equals(b)).singleElement()
                .satisfies(s -> assertThat(s.lecturers()).isEqualTo(1));
    }

    private List<TenantStatistics> awaitSnapshots(List<TenantCode> tenants, Duration limit) throws InterruptedException {
        Instant deadline = Instant.now().plus(limit);
        List<TenantStatistics> latest = snapshots.latest();
        while (!latest.stream().map(TenantStatistics::tenant).toList().containsAll(tenants)
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            latest = snapshots.latest();
        }
        return latest;
    }
}
