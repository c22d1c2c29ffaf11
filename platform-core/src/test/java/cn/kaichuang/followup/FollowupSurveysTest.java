package cn.kaichuang.followup;

import static cn.kaichuang.testsupport.SignedIn.caller;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kaichuang.cohort.Cohorts;
import cn.kaichuang.cohort.CourseType;
import cn.kaichuang.cohort.Lecturers;
import cn.kaichuang.cohort.Trainees;
import cn.kaichuang.followup.FollowupFixture.Roster;
import cn.kaichuang.identity.AccessRefusedException;
import cn.kaichuang.identity.Caller;
import cn.kaichuang.identity.Role;
import cn.kaichuang.tenancy.TenantCode;
import cn.kaichuang.tenancy.TenantDirectory;
import cn.kaichuang.tenancy.TenantProvisioning;
import cn.kaichuang.testsupport.MutableClock;
import cn.kaichuang.testsupport.PlatformTest;
import cn.kaichuang.testsupport.TestClockConfiguration;
import cn.kaichuang.testsupport.Tenants;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Follow-up surveys against real PostgreSQL: scheduling, answers by trainee and phone, reminders. */
@PlatformTest
@Import(TestClockConfiguration.class)
@RecordApplicationEvents
class FollowupSurveysTest {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final FollowupSurveys surveys;
    private final MutableClock clock;
    private final JdbcClient jdbc;
    private final FollowupFixture fixture;
    private final TenantCode tenant;

    @Autowired
    ApplicationEvents events;

    @Autowired
    FollowupSurveysTest(FollowupSurveys surveys, MutableClock clock, JdbcClient jdbc, Lecturers lecturers,
            Cohorts cohorts, Trainees trainees, TenantProvisioning provisioning, TenantDirectory directory) {
        this.surveys = surveys;
        this.clock = clock;
        this.jdbc = jdbc;
        this.tenant = Tenants.ensure(provisioning, directory, "followup");
        this.fixture = new FollowupFixture(tenant, lecturers, cohorts, trainees, jdbc, "fu");
    }

    @Test
    void wavesOpenOnceWhenDueAndNotBefore() {
        Roster roster = fixture.completed(CourseType.SYB, 3, clock.instant());
        LocalDate completed = LocalDate.ofInstant(clock.instant(), CHINA);
        assertThat(fixture.asSystem(surveys::waves)).containsExactly(3, 6, 12);

        // Other tests' cohorts completed earlier: count this cohort's surveys.
        fixture.asSystem(() -> surveys.schedule(completed.plusMonths(3).minusDays(1)));
        assertThat(surveysOf(roster)).isZero();
        fixture.asSystem(() -> surveys.schedule(completed.plusMonths(3)));
        assertThat(surveysOf(roster)).isEqualTo(3);
        assertThat(fixture.asSystem(() -> surveys.schedule(completed.plusMonths(3)))).as("idempotent").isZero();
        assertThat(surveysOf(roster)).isEqualTo(3);
        fixture.asSystem(() -> surveys.schedule(completed.plusMonths(12)));
        assertThat(surveysOf(roster)).as("6 and 12").isEqualTo(9);

        List<Survey> mine = fixture.in(roster.trainee(0), surveys::mine);
        assertThat(mine).extracting(Survey::waveMonths).containsExactlyInAnyOrder(3, 6, 12);
        assertThat(mine).allMatch(s -> s.status() == SurveyStatus.OPEN && s.cohort().equals(roster.cohort()));
        assertThat(mine).filteredOn(s -> s.waveMonths() == 3).singleElement()
                .extracting(Survey::dueOn).isEqualTo(completed.plusMonths(3));

        // An institution admin may open due surveys too; a trainee may not.
        assertThatThrownBy(() -> fixture.in(roster.trainee(0), () -> surveys.schedule(completed)))
                .isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void aTraineeAnswersTheirOwnOpenSurveyOnceAndAnAnswerIsChecked() {
        Roster roster = fixture.completed(CourseType.SYB, 2, clock.instant().minus(Duration.ofDays(100)));
        fixture.asSystem(() -> surveys.schedule(LocalDate.ofInstant(clock.instant(), CHINA)));
        Caller trainee = roster.trainee(0);
        Survey survey = fixture.in(trainee, surveys::mine).getFirst();
        Survey other = fixture.in(roster.trainee(1), surveys::mine).getFirst();

        SurveyAnswer bad = new SurveyAnswer(true, "91430100MA4L00000A", Industry.H, 3, false, Set.of(Need.FUNDING));
        assertThatThrownBy(() -> fixture.in(trainee, () -> surveys.answer(survey.id(), bad)))
                .isInstanceOf(FollowupException.class).hasMessage("followup.error.credit-code");
        SurveyAnswer noIndustry = new SurveyAnswer(true, FollowupFixture.creditCode(1), null, 3, false, Set.of());
        assertThatThrownBy(() -> fixture.in(trainee, () -> surveys.answer(survey.id(), noIndustry)))
                .hasMessage("followup.error.industry-missing");
        assertThat(fixture.in(trainee, surveys::openCount)).isEqualTo(1);

        SurveyAnswer good = new SurveyAnswer(true, FollowupFixture.creditCode(1).toLowerCase(), Industry.H, 3, false,
                Set.of(Need.FUNDING, Need.VENUE));
        assertThatThrownBy(() -> fixture.in(trainee, () -> surveys.answer(other.id(), good)))
                .as("another trainee's survey").hasMessage("followup.error.not-found");
        assertThat(lastRefusal()).isEqualTo("access.refused followup-survey followup/" + other.id());

        fixture.in(trainee, () -> surveys.answer(survey.id(), good));
        assertThat(fixture.in(trainee, surveys::openCount)).isZero();
        assertThatThrownBy(() -> fixture.in(trainee, () -> surveys.answer(survey.id(), good)))
                .hasMessage("followup.error.already-answered");

        Outcome outcome = fixture.in(fixture.admin(), () -> surveys.outcomes(roster.trainees().getFirst())).getFirst();
        assertThat(outcome.source()).isEqualTo(OutcomeSource.TRAINEE);
        assertThat(outcome.recordedBy()).isEqualTo(trainee.username());
        assertThat(outcome.recordedAt()).isEqualTo(clock.instant());
        assertThat(outcome.registrationNumber()).isEqualTo(FollowupFixture.creditCode(1));
        assertThat(outcome.industry()).isEqualTo(Industry.H);
        assertThat(outcome.jobsCreated()).isEqualTo(3);
        assertThat(outcome.needs()).containsExactlyInAnyOrder(Need.FUNDING, Need.VENUE);
        assertThat(fixture.in(trainee, () -> surveys.answerOf(survey.id()))).contains(outcome);
    }

    @Test
    void staffEnterAnswersTakenOnThePhoneAndOnlyTheirOwnInstitutionsStaffSeeSurveys() {
        Roster roster = fixture.completed(CourseType.GYB, 1, clock.instant().minus(Duration.ofDays(100)));
        fixture.asSystem(() -> surveys.schedule(LocalDate.ofInstant(clock.instant(), CHINA)));
        Survey survey = fixture.in(roster.trainee(0), surveys::mine).getFirst();
        Caller admin = fixture.admin();

        fixture.in(admin, () -> surveys.answerByPhone(survey.id(),
                new SurveyAnswer(false, "ignored", Industry.A, 9, true, Set.of(Need.TRAINING))));
        Outcome outcome = fixture.in(admin, () -> surveys.answerOf(survey.id())).orElseThrow();
        assertThat(outcome.source()).isEqualTo(OutcomeSource.PHONE);
        assertThat(outcome.recordedBy()).isEqualTo(admin.username());
        assertThat(outcome.startedBusiness()).isFalse();
        assertThat(outcome.registrationNumber()).as("no business, no code").isNull();
        assertThat(outcome.jobsCreated()).isZero();
        assertThat(outcome.employed()).isTrue();
        assertThat(fixture.in(admin, () -> surveys.find(survey.id()))).get().extracting(Survey::status)
                .isEqualTo(SurveyStatus.ANSWERED);
        assertThat(fixture.in(admin, () -> surveys.list(SurveyStatus.ANSWERED, 0, 100)))
                .extracting(Survey::id).contains(survey.id());

        Caller stranger = caller("elsewhere-admin", Role.INSTITUTION_ADMIN, "elsewhere", null);
        assertThat(fixture.in(stranger, () -> surveys.list(null, 0, 100))).isEmpty();
        assertThat(fixture.in(caller("fu-lecturer", Role.LECTURER, tenant.value(), null),
                () -> surveys.count(null))).isZero();
        assertThatThrownBy(() -> fixture.in(stranger, () -> surveys.answerByPhone(survey.id(),
                new SurveyAnswer(false, null, null, 0, true, Set.of())))).isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void openSurveysAreRemindedEveryIntervalUpToTheMaximumAndTheHookIsPublished() {
        Roster roster = fixture.completed(CourseType.IYB, 1, clock.instant().minus(Duration.ofDays(100)));
        fixture.asSystem(() -> surveys.schedule(LocalDate.ofInstant(clock.instant(), CHINA)));
        Survey survey = fixture.in(roster.trainee(0), surveys::mine).getFirst();

        fixture.asSystem(surveys::remind);
        assertThat(reminders(survey.id())).isEqualTo(1);
        assertThat(events.stream(SurveyReminderDue.class).filter(e -> e.surveyId() == survey.id()))
                .singleElement().satisfies(e -> {
                    assertThat(e.traineeUsername()).isEqualTo(roster.usernames().getFirst());
                    assertThat(e.reminderNumber()).isEqualTo(1);
                    assertThat(e.tenant()).isEqualTo(tenant);
                });
        assertThat(notificationsOf(roster.usernames().getFirst())).as("delivered in the notification centre")
                .containsExactly("followup-survey /my-surveys");
        fixture.asSystem(surveys::remind);
        assertThat(reminders(survey.id())).as("not again within the interval").isEqualTo(1);
        for (int week = 0; week < 6; week++) {
            clock.advance(Duration.ofDays(7).plusMinutes(1));
            fixture.asSystem(surveys::remind);
        }
        assertThat(reminders(survey.id())).as("at most four").isEqualTo(4);
        assertThat(fixture.in(roster.trainee(0), surveys::mine).getFirst().reminders()).isEqualTo(4);
    }

    private int surveysOf(Roster roster) {
        return jdbc.sql("select count(*) from " + tenant.schemaName() + ".followup_survey where cohort_id = ?")
                .param(roster.cohort().value()).query(Integer.class).single();
    }

    private int reminders(long survey) {
        return jdbc.sql("select count(*) from " + tenant.schemaName() + ".followup_reminder where survey_id = ?")
                .param(survey).query(Integer.class).single();
    }

    private List<String> notificationsOf(String username) {
        return jdbc.sql("select kind || ' ' || link from platform.notification where recipient = ?")
                .param(username).query(String.class).list();
    }

    private String lastRefusal() {
        return jdbc.sql("select action || ' ' || subject_type || ' ' || subject_id from platform.audit_entry"
                + " order by seq desc limit 1").query(String.class).single();
    }
}
