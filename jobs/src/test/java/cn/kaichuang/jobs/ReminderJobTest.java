package cn.kaichuang.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaichuang.cohort.Cohorts;
import cn.kaichuang.cohort.CourseType;
import cn.kaichuang.cohort.Ids.CohortId;
import cn.kaichuang.cohort.Ids.LecturerId;
import cn.kaichuang.cohort.Lecturers;
import cn.kaichuang.cohort.NewCohort;
import cn.kaichuang.cohort.NewLecturer;
import cn.kaichuang.cohort.Venue;
import cn.kaichuang.identity.Caller;
import cn.kaichuang.identity.Role;
import cn.kaichuang.notification.Notifications;
import cn.kaichuang.notification.Reminders;
import cn.kaichuang.tenancy.TenantCode;
import cn.kaichuang.tenancy.TenantContext;
import cn.kaichuang.tenancy.TenantProvisioning;
import cn.kaichuang.testsupport.MutableClock;
import cn.kaichuang.testsupport.SignedIn;
import cn.kaichuang.testsupport.TestClockConfiguration;
import cn.kaichuang.testsupport.TestDatabaseInitializer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.quartz.CronTrigger;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.TriggerKey;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The reminder job against a real SMTP server (GreenMail) and the test clock. */
@SpringBootTest(classes = JobsTestApplication.class, properties = {"kaichuang.reminders.session-lead=PT2H",
        "kaichuang.jobs.cluster-name=reminders-test"})
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@Import(TestClockConfiguration.class)
class ReminderJobTest {

    private static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    static {
        SMTP.start();
    }

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    }

    @AfterAll
    static void stop() {
        SMTP.stop();
    }

    private final Scheduler scheduler;
    private final Reminders reminders;
    private final Notifications notifications;
    private final TenantProvisioning provisioning;
    private final Lecturers lecturers;
    private final Cohorts cohorts;
    private final JdbcClient jdbc;
    private final MutableClock clock;

    @Autowired
    ReminderJobTest(Scheduler scheduler, Reminders reminders, Notifications notifications,
            TenantProvisioning provisioning, Lecturers lecturers, Cohorts cohorts, JdbcClient jdbc, MutableClock clock) {
        this.scheduler = scheduler;
        this.reminders = reminders;
        this.notifications = notifications;
        this.provisioning = provisioning;
        this.lecturers = lecturers;
        this.cohorts = cohorts;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Test
    void aLecturerIsRemindedOnceBeforeTheSessionInTheAppAndByEmail() throws Exception {
        CronTrigger trigger = (CronTrigger) scheduler.getTrigger(TriggerKey.triggerKey(JobsAutoConfiguration.REMINDER_JOB));
        assertThat(trigger.getCronExpression()).isEqualTo("0 */5 * * * ?");

        TenantCode tenant = TenantCode.of("reminders");
        provisioning.create(tenant, "提醒机构", "430100");
        long session = TenantContext.call(tenant, () -> {
            LecturerId lecturer = lecturers.register(new NewLecturer("周老师", null, "RM-1", Set.of(CourseType.SYB),
                    "rm-lecturer"));
            CohortId cohort = cohorts.create(new NewCohort("SYB 提醒1期", CourseType.SYB, LocalDate.of(2026, 11, 2),
                    LocalDate.of(2026, 12, 13), new Venue("长沙市芙蓉区", 28.2, 112.9), 30, lecturer));
            LocalDateTime start = LocalDateTime.ofInstant(clock.instant(), ZoneId.of("Asia/Shanghai")).plusHours(3);
            return jdbc.sql("insert into " + tenant.schemaName() + ".cohort_session (cohort_id, starts_at, ends_at,"
                            + " topic, venue_address, venue_lat, venue_lon, lecturer_id) values (?, ?, ?, '市场评估',"
                            + " '长沙市芙蓉区', 28.2, 112.9, ?) returning id")
                    .params(cohort.value(), start, start.plusHours(3), lecturer.value()).query(Long.class).single();
        });
        Caller lecturer = new Caller("rm-lecturer", "周老师", Role.LECTURER, tenant.value(), null);
        SignedIn.run(lecturer, () -> notifications.setMyEmail("rm-lecturer@example.com"));

        // Three hours before: outside the two-hour lead, nothing yet.
        assertThat(reminders.sendDue().sent()).isZero();
        clock.advance(Duration.ofMinutes(90));
        scheduler.triggerJob(JobKey.jobKey(JobsAutoConfiguration.REMINDER_JOB));
        assertThat(SMTP.waitForIncomingEmail(30_000, 1)).isTrue();
        MimeMessage mail = SMTP.getReceivedMessages()[0];
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("rm-lecturer@example.com");
        assertThat(mail.getSubject()).contains("上课提醒").contains("SYB 提醒1期");
        assertThat(GreenMailUtil.getBody(mail)).isNotBlank();

        // Later runs (on this node or another) find it sent.
        clock.advance(Duration.ofMinutes(5));
        awaitIdle();
        assertThat(reminders.sendDue().sent()).isZero();
        assertThat(jdbc.sql("select count(*) from platform.notification where recipient = 'rm-lecturer' and dedup_key"
                + " like ?").param("session:reminders:" + session + ":%").query(Integer.class).single()).isEqualTo(1);
        assertThat(SMTP.getReceivedMessages()).hasSize(1);
        List<cn.kaichuang.notification.Notification> inApp = SignedIn.as(lecturer, notifications::mine);
        assertThat(inApp).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo("session-reminder");
            assertThat(n.unread()).isTrue();
        });
        assertThat(jdbc.sql("select mailed_at from platform.notification where recipient = 'rm-lecturer'")
                .query(Instant.class).single()).isNotNull();
    }

    private void awaitIdle() throws Exception {
        Instant deadline = Instant.now().plusSeconds(30);
        while (!scheduler.getCurrentlyExecutingJobs().isEmpty() && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
    }
}
