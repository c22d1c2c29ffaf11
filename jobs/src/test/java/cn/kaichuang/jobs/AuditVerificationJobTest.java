package cn.kaichuang.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaichuang.audit.ChainVerification;
import cn.kaichuang.cohort.CourseType;
import cn.kaichuang.cohort.Lecturers;
import cn.kaichuang.cohort.NewLecturer;
import cn.kaichuang.tenancy.TenantCode;
import cn.kaichuang.tenancy.TenantContext;
import cn.kaichuang.tenancy.TenantProvisioning;
import cn.kaichuang.testsupport.TestDatabaseInitializer;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quartz.JobExecutionContext;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.listeners.JobListenerSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

@SpringBootTest(classes = JobsTestApplication.class)
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class AuditVerificationJobTest {

    private final Scheduler scheduler;
    private final TenantProvisioning provisioning;
    private final Lecturers lecturers;
    private final JdbcClient jdbc;

    @Autowired
    AuditVerificationJobTest(Scheduler scheduler, TenantProvisioning provisioning, Lecturers lecturers, JdbcClient jdbc) {
        this.scheduler = scheduler;
        this.provisioning = provisioning;
        this.lecturers = lecturers;
        this.jdbc = jdbc;
    }

    @Test
    void theNightlyJobFindsTheInstitutionWhoseChainWasEdited() throws Exception {
        TenantCode tampered = TenantCode.of("av-tampered");
        TenantCode intact = TenantCode.of("av-intact");
        provisioning.create(tampered, "被篡改", "430100");
        provisioning.create(intact, "完好", "430100");
        for (TenantCode tenant : List.of(tampered, intact)) {
            TenantContext.run(tenant, () -> lecturers.register(new NewLecturer("钱老师", null, "Q", Set.of(CourseType.SYB), null)));
        }
        jdbc.sql("update t_av_tampered.audit_entry set action = 'lecturer.deleted' where seq = 1").update();

        var finished = new java.util.concurrent.CompletableFuture<Object>();
        scheduler.getListenerManager().addJobListener(new JobListenerSupport() {
            @Override
            public String getName() {
                return "test-listener";
            }

            @Override
            public void jobWasExecuted(JobExecutionContext context, org.quartz.JobExecutionException e) {
                if (context.getJobDetail().getKey().getName().equals(JobsAutoConfiguration.AUDIT_JOB)) {
                    finished.complete(context.getResult());
                }
            }
        });
        scheduler.triggerJob(JobKey.jobKey(JobsAutoConfiguration.AUDIT_JOB));

        @SuppressWarnings("unchecked")
        List<ChainVerification> results = (List<ChainVerification>) finished.get(30, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(results).filteredOn(r -> !r.intact()).extracting(ChainVerification::chain)
                .containsExactly("av-tampered");
        assertThat(results).extracting(ChainVerification::chain).contains("platform", "av-intact");
    }
}
