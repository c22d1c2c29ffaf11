package cn.kaichuang.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaichuang.cohort.Cohorts;
import cn.kaichuang.cohort.CourseType;
import cn.kaichuang.cohort.Ids.CohortId;
import cn.kaichuang.cohort.Ids.LecturerId;
import cn.kaichuang.cohort.Ids.TraineeId;
import cn.kaichuang.cohort.Lecturers;
import cn.kaichuang.cohort.NewCohort;
import cn.kaichuang.cohort.NewLecturer;
import cn.kaichuang.cohort.NewTrainee;
import cn.kaichuang.cohort.Trainees;
import cn.kaichuang.cohort.Venue;
import cn.kaichuang.crypto.IdCardNumber;
import cn.kaichuang.tenancy.TenantCode;
import cn.kaichuang.tenancy.TenantContext;
import cn.kaichuang.tenancy.TenantProvisioning;
import cn.kaichuang.testsupport.MutableClock;
import cn.kaichuang.testsupport.TestClockConfiguration;
import cn.kaichuang.testsupport.TestDatabaseInitializer;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.Test;
import org.quartz.CronTrigger;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.JobKey;
import org.quartz.impl.matchers.KeyMatcher;
import org.quartz.listeners.JobListenerSupport;
import java.util.concurrent.atomic.AtomicInteger;
import org.quartz.Scheduler;
import org.quartz.TriggerKey;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

/** The follow-up jobs through Quartz: a completed cohort's 3-month survey opens once the clock reaches it. */
@SpringBootTest(classes = JobsTestApplication.class, properties = "kaichuang.jobs.cluster-name=followup-jobs")
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@Import(TestClockConfiguration.class)
class FollowupSurveyJobTest {

    @Autowired
    Scheduler scheduler;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TenantProvisioning provisioning;

    @Autowired
    Lecturers lecturers;

    @Autowired
    Cohorts cohorts;

    @Autowired
    Trainees trainees;

    @Test
    void theThreeMonthSurveyOfACompletedCohortOpensOnceDueAndTheTraineeIsReminded() throws Exception {
        CronTrigger daily = (CronTrigger) scheduler.getTrigger(TriggerKey.triggerKey(FollowupJobsConfiguration.SURVEYS_JOB));
        assertThat(daily.getCronExpression()).isEqualTo("0 0 8 * * ?");
        assertThat(daily.getTimeZone().getID()).isEqualTo("Asia/Shanghai");
        assertThat(((CronTrigger) scheduler.getTrigger(TriggerKey.triggerKey(FollowupJobsConfiguration.KPIS_JOB)))
                .getCronExpression()).isEqualTo("0 20 * * * ?");

        TenantCode tenant = TenantCode.of("followup-job");
        provisioning.create(tenant, "回访任务机构", "430100");
        CohortId cohort = TenantContext.call(tenant, () -> {
            LecturerId lead = lecturers.register(new NewLecturer("孙老师", null, "FJ-1", Set.of(CourseType.SYB), null));
            CohortId id = cohorts.create(new NewCohort("回访任务班", CourseType.SYB, LocalDate.of(2026, 11, 9),
                    LocalDate.of(2026, 11, 20), new Venue("长沙市", 28.2, 112.9), 30, lead));
            for (int i = 0; i < 2; i++) {
                String first17 = "4301021990010100" + i;
                TraineeId trainee = trainees.register(new NewTrainee("回访学员" + i,
                        IdCardNumber.of(first17 + IdCardNumber.checkCharacter(first17)), null, "fj-trainee-" + i));
                cohorts.enrol(id, trainee);
            }
            return id;
        });
        // Completed now, as the workflow's COMPLETED step records it.
        jdbc.sql("update " + tenant.schemaName() + ".cohort set status = 'COMPLETED' where id = ?")
                .param(cohort.value()).update();
        jdbc.sql("insert into " + tenant.schemaName() + ".cohort_transition (cohort_id, from_status, to_status, actor,"
                + " at) values (?, 'RUNNING', 'COMPLETED', 'admin', ?)")
                .params(cohort.value(), Timestamp.from(clock.instant())).update();

        IntSupplier surveys = () -> jdbc.sql("select count(*) from " + tenant.schemaName()
                + ".followup_survey where cohort_id = ? and wave_months = 3").param(cohort.value())
                .query(Integer.class).single();
        IntSupplier reminders = () -> jdbc.sql("select count(*) from " + tenant.schemaName() + ".followup_reminder")
                .query(Integer.class).single();

        CountDownJob done = new CountDownJob();
        scheduler.getListenerManager().addJobListener(done,
                KeyMatcher.keyEquals(JobKey.jobKey(FollowupJobsConfiguration.SURVEYS_JOB)));
        try {
            done.runAndWait(scheduler);
            assertThat(surveys.getAsInt()).as("not due yet").isZero();

            clock.advance(Duration.ofDays(92));
            done.runAndWait(scheduler);
            assertThat(surveys.getAsInt()).isEqualTo(2);
            assertThat(reminders.getAsInt()).as("each trainee told once").isEqualTo(2);

            done.runAndWait(scheduler);
            assertThat(surveys.getAsInt()).as("idempotent").isEqualTo(2);
            assertThat(reminders.getAsInt()).as("not again within a week").isEqualTo(2);
        } finally {
            scheduler.getListenerManager().removeJobListener(done.getName());
        }
    }

    /** Counts finished runs of the job, so the test waits for the run it fired. */
    private static final class CountDownJob extends JobListenerSupport {

        private final AtomicInteger finished = new AtomicInteger();

        @Override
        public String getName() {
            return "followup-test-listener";
        }

        @Override
        public void jobWasExecuted(JobExecutionContext context, JobExecutionException failure) {
            finished.incrementAndGet();
        }

        void runAndWait(Scheduler scheduler) throws Exception {
            int before = finished.get();
            scheduler.triggerJob(JobKey.jobKey(FollowupJobsConfiguration.SURVEYS_JOB));
            Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
            while (finished.get() == before && Instant.now().isBefore(deadline)) {
                Thread.sleep(100);
            }
            assertThat(finished.get()).as("the job ran").isGreaterThan(before);
        }
    }
}
