package cn.kaichuang.jobs;

import static cn.kaichuang.testsupport.SignedIn.as;
import static cn.kaichuang.testsupport.SignedIn.caller;
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
import cn.kaichuang.exam.AttemptView;
import cn.kaichuang.exam.Attempts;
import cn.kaichuang.exam.Blueprint;
import cn.kaichuang.exam.BlueprintLine;
import cn.kaichuang.exam.ExamSittings;
import cn.kaichuang.exam.MarkingRule;
import cn.kaichuang.exam.NewSitting;
import cn.kaichuang.exam.Papers;
import cn.kaichuang.exam.Sitting;
import cn.kaichuang.identity.Caller;
import cn.kaichuang.identity.Role;
import cn.kaichuang.question.QuestionType;
import cn.kaichuang.tenancy.TenantCode;
import cn.kaichuang.tenancy.TenantContext;
import cn.kaichuang.tenancy.TenantProvisioning;
import cn.kaichuang.testsupport.TestDatabaseInitializer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quartz.CronTrigger;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.TriggerKey;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

@SpringBootTest(classes = JobsTestApplication.class)
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class ExamSweepJobTest {

    @Autowired
    Scheduler scheduler;
    @Autowired
    TenantProvisioning provisioning;
    @Autowired
    Lecturers lecturers;
    @Autowired
    Cohorts cohorts;
    @Autowired
    Trainees trainees;
    @Autowired
    Papers papers;
    @Autowired
    ExamSittings sittings;
    @Autowired
    Attempts attempts;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theSweepSubmitsEveryAttemptPastItsDeadlineEveryMinute() throws Exception {
        CronTrigger trigger = (CronTrigger) scheduler.getTrigger(TriggerKey.triggerKey(JobsAutoConfiguration.EXAM_SWEEP_JOB));
        assertThat(trigger.getCronExpression()).isEqualTo("0 * * * * ?");

        TenantCode tenant = TenantCode.of("exam-sweep");
        provisioning.create(tenant, "交卷机构", "430100");
        Caller trainee = caller("sweep-trainee", Role.TRAINEE, tenant.value(), null);
        long sittingId = TenantContext.call(tenant, () -> as(Caller.SYSTEM, () -> {
            LecturerId lecturer = lecturers.register(new NewLecturer("扫卷讲师", null, "SW-1", Set.of(CourseType.SYB),
                    null));
            CohortId cohort = cohorts.create(new NewCohort("SYB 交卷1期", CourseType.SYB, LocalDate.of(2026, 11, 2),
                    LocalDate.of(2026, 12, 13), new Venue("长沙市", 28.2, 112.9), 30, lecturer));
            String first17 = "43010419920303123";
            TraineeId id = trainees.register(new NewTrainee("扫卷考生", IdCardNumber.of(first17
                    + IdCardNumber.checkCharacter(first17)), null, trainee.username()));
            cohorts.enrol(cohort, id);
            Blueprint blueprint = papers.save(new Blueprint(0, "SYB 交卷测验", "SYB",
                    List.of(new BlueprintLine(QuestionType.TRUE_FALSE, null, 1, 5, 3, 10))));
            Sitting sitting = sittings.schedule(new NewSitting("SYB 交卷测验", blueprint.id(), cohort.value(),
                    Instant.now().minusSeconds(60), Instant.now().plus(Duration.ofHours(1)), 30, 1, 20,
                    MarkingRule.ALL_OR_NOTHING));
            return sitting.id();
        }));
        AttemptView overdue = TenantContext.call(tenant, () -> as(trainee, () -> attempts.start(sittingId)));
        // The candidate closed the page; their deadline passes without anyone reading the attempt.
        jdbc.sql("update " + tenant.schemaName() + ".exam_attempt set deadline = now() - interval '1 second'"
                + " where id = ?").param(overdue.id()).update();

        scheduler.triggerJob(JobKey.jobKey(JobsAutoConfiguration.EXAM_SWEEP_JOB));
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        String how = "";
        while (!"DEADLINE".equals(how) && Instant.now().isBefore(until)) {
            Thread.sleep(200);
            how = jdbc.sql("select coalesce(submitted_how, '') from " + tenant.schemaName()
                    + ".exam_attempt where id = ?").param(overdue.id()).query(String.class).single();
        }
        assertThat(how).isEqualTo("DEADLINE");
        assertThat(jdbc.sql("select score from " + tenant.schemaName() + ".exam_attempt where id = ?")
                .param(overdue.id()).query(Double.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from " + tenant.schemaName() + ".audit_entry where action ="
                + " 'exam_attempt.submitted-by-deadline'").query(Long.class).single()).isEqualTo(1);
    }
}
