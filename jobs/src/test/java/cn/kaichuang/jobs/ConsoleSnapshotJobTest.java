package cn.kaichuang.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaichuang.supervision.CohortFilter;
import cn.kaichuang.supervision.ConsoleMetric;
import cn.kaichuang.supervision.ConsoleSnapshots;
import cn.kaichuang.supervision.Dashboard;
import cn.kaichuang.cohort.CourseType;
import cn.kaichuang.cohort.Lecturers;
import cn.kaichuang.cohort.NewLecturer;
import cn.kaichuang.tenancy.TenantCode;
import cn.kaichuang.tenancy.TenantContext;
import cn.kaichuang.tenancy.TenantProvisioning;
import cn.kaichuang.testsupport.TestDatabaseInitializer;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quartz.CronTrigger;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.TriggerKey;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

@SpringBootTest(classes = JobsTestApplication.class)
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class ConsoleSnapshotJobTest {

    private final Scheduler scheduler;
    private final ConsoleSnapshots console;
    private final TenantProvisioning provisioning;
    private final Lecturers lecturers;

    @Autowired
    ConsoleSnapshotJobTest(Scheduler scheduler, ConsoleSnapshots console, TenantProvisioning provisioning,
            Lecturers lecturers) {
        this.scheduler = scheduler;
        this.console = console;
        this.provisioning = provisioning;
        this.lecturers = lecturers;
    }

    @Test
    void theConsoleSnapshotRunsEveryFiveMinutesAndOnDemand() throws Exception {
        CronTrigger trigger = (CronTrigger) scheduler.getTrigger(TriggerKey.triggerKey(JobsAutoConfiguration.CONSOLE_JOB));
        assertThat(trigger.getCronExpression()).isEqualTo("0 */5 * * * ?");

        TenantCode tenant = TenantCode.of("console-job");
        provisioning.create(tenant, "控制台机构", "431100");
        TenantContext.run(tenant, () -> lecturers.register(new NewLecturer("钱老师", null, "Q", Set.of(CourseType.SYB), null)));
        scheduler.triggerJob(JobKey.jobKey(JobsAutoConfiguration.CONSOLE_JOB));

        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        Dashboard dashboard = console.dashboard();
        // Other tests' institutions may already be in an earlier snapshot: wait for this one's.
        while (!dashboard.byPrefecture(ConsoleMetric.LECTURERS).containsKey("431100")
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            dashboard = console.dashboard();
        }
        assertThat(dashboard.byPrefecture(ConsoleMetric.LECTURERS)).containsEntry("431100", 1L);
        assertThat(console.countCohorts(new CohortFilter(null, tenant, null, null, null, null, null)))
                .as("this institution has no cohorts yet").isZero();
    }
}
