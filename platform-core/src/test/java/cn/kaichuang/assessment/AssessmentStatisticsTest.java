package cn.kaichuang.assessment;

import static cn.kaichuang.testsupport.SignedIn.as;
import static cn.kaichuang.testsupport.SignedIn.caller;
import static org.assertj.core.api.Assertions.assertThat;

import cn.kaichuang.cohort.Cohorts;
import cn.kaichuang.cohort.Ids.TraineeId;
import cn.kaichuang.cohort.Lecturers;
import cn.kaichuang.cohort.Trainees;
import cn.kaichuang.identity.Caller;
import cn.kaichuang.identity.Role;
import cn.kaichuang.review.Grade;
import cn.kaichuang.review.ReviewFixture;
import cn.kaichuang.review.Reviews;
import cn.kaichuang.storage.testsupport.TestS3Server;
import cn.kaichuang.submission.SubmissionStatus;
import cn.kaichuang.submission.Submissions;
import cn.kaichuang.tenancy.TenantCode;
import cn.kaichuang.tenancy.TenantContext;
import cn.kaichuang.tenancy.TenantDirectory;
import cn.kaichuang.tenancy.TenantProvisioning;
import cn.kaichuang.testsupport.PlatformTest;
import cn.kaichuang.testsupport.SessionRows;
import cn.kaichuang.testsupport.Tenants;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The dashboard's figures against what was recorded: attendance, plans, grades, exam results. */
@PlatformTest
class AssessmentStatisticsTest {

    @DynamicPropertySource
    static void objectStore(DynamicPropertyRegistry registry) {
        TestS3Server.registerProperties(registry);
        registry.add("kaichuang.storage.bucket-prefix",
                () -> "as" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x10000, 0xFFFFF)) + "-");
    }

    private final AssessmentStatistics statistics;
    private final ReviewFixture fixture;
    private final JdbcClient jdbc;
    private final TenantCode tenant;
    private final TenantCode other;
    private final Caller admin;

    @Autowired
    AssessmentStatisticsTest(AssessmentStatistics statistics, Reviews reviews, Submissions submissions,
            Cohorts cohorts, Trainees trainees, Lecturers lecturers, JdbcClient jdbc, TenantProvisioning provisioning,
            TenantDirectory directory) {
        this.statistics = statistics;
        this.jdbc = jdbc;
        this.fixture = new ReviewFixture(reviews, submissions, cohorts, trainees, lecturers, jdbc);
        this.tenant = Tenants.ensure(provisioning, directory, "stats");
        this.other = Tenants.ensure(provisioning, directory, "stats-b");
        this.admin = caller("as-admin", Role.INSTITUTION_ADMIN, "stats", null);
    }

    @Test
    void cohortFiguresAndTraineeResultsMatchWhatWasRecorded() {
        fixture.pool("as-figures", other);
        ReviewFixture.Cohort cohort = fixture.cohort(tenant, 4);
        fixture.submit(tenant, cohort, 0);
        fixture.submit(tenant, cohort, 1);
        fixture.save(tenant, cohort, 2);
        fixture.allocate(tenant, cohort);
        fixture.score(tenant, cohort, 0, 90, 84);
        List<Long> sessions = List.of(session(cohort, 2), session(cohort, 1));
        List<TraineeId> t = cohort.trainees();
        attend(sessions.get(0), t.get(0));
        attend(sessions.get(1), t.get(0));
        attend(sessions.get(0), t.get(1));
        attend(sessions.get(1), t.get(2));
        exam(cohort, t.get(0), true);
        exam(cohort, t.get(1), false);

        CohortAssessment figures = inTenant(admin, () -> statistics.cohort(cohort.id())).orElseThrow();
        assertThat(figures.enrolled()).isEqualTo(4);
        assertThat(figures.sessionsHeld()).isEqualTo(2);
        assertThat(figures.attendanceRate()).as("4 of 8 possible attendances").isEqualTo(50);
        assertThat(figures.submitted()).isEqualTo(2);
        assertThat(figures.drafts()).isEqualTo(1);
        assertThat(figures.notStarted()).isEqualTo(1);
        assertThat(figures.grades()).containsEntry(Grade.EXCELLENT, 1).containsEntry(Grade.PASS, 0);
        assertThat(figures.graded()).isEqualTo(1);
        assertThat(figures.awaitingReview()).isEqualTo(1);
        assertThat(figures.examPassed()).isEqualTo(1);
        assertThat(figures.examFailed()).isEqualTo(1);
        assertThat(inTenant(admin, statistics::cohorts)).extracting(c -> c.cohort().id()).contains(cohort.id());

        List<TraineeResult> results = inTenant(admin, () -> statistics.trainees(cohort.id()));
        assertThat(results).extracting(TraineeResult::name).containsExactlyElementsOf(cohort.names());
        TraineeResult best = results.getFirst();
        assertThat(best.attended()).isEqualTo(2);
        assertThat(best.attendancePercent()).isEqualTo(100);
        assertThat(best.planStatus()).isEqualTo(SubmissionStatus.SUBMITTED);
        assertThat(best.planScore()).isEqualTo(87);
        assertThat(best.planGrade()).isEqualTo(Grade.EXCELLENT);
        assertThat(best.examPassed()).isTrue();
        assertThat(results.get(1).planScore()).as("not reviewed yet").isNull();
        assertThat(results.get(1).examPassed()).isFalse();
        assertThat(results.get(2).planStatus()).isEqualTo(SubmissionStatus.DRAFT);
        TraineeResult absent = results.get(3);
        assertThat(absent.attendancePercent()).isZero();
        assertThat(absent.planStatus()).isEqualTo(SubmissionStatus.NOT_STARTED);
        assertThat(absent.examPassed()).isNull();
    }

    @Test
    void aLecturerSeesOnlyTheCohortsTheyLeadAndATraineeNothing() {
        ReviewFixture.Cohort mine = fixture.cohort(tenant, 1);
        ReviewFixture.Cohort theirs = fixture.cohort(tenant, 1);
        Caller lecturer = ReviewFixture.lecturer(tenant, mine);

        assertThat(inTenant(lecturer, statistics::cohorts)).extracting(c -> c.cohort().id())
                .contains(mine.id()).doesNotContain(theirs.id());
        assertThat(inTenant(lecturer, () -> statistics.trainees(theirs.id()))).isEmpty();
        assertThat(inTenant(lecturer, () -> statistics.trainees(mine.id()))).hasSize(1);

        long before = refusals();
        Caller trainee = caller(mine.usernames().getFirst(), Role.TRAINEE, tenant.value(), null);
        assertThat(inTenant(trainee, statistics::cohorts)).isEmpty();
        assertThat(inTenant(trainee, () -> statistics.trainees(mine.id()))).isEmpty();
        assertThat(refusals()).isEqualTo(before + 2);
        Caller stranger = caller("as-stranger", Role.INSTITUTION_ADMIN, other.value(), null);
        assertThat(inTenant(stranger, statistics::cohorts)).isEmpty();
    }

    private long session(ReviewFixture.Cohort cohort, int daysAgo) {
        return jdbc.sql(SessionRows.insert(tenant.schemaName(), "now() - make_interval(days => ?)"))
                .params(cohort.id().value(), daysAgo, daysAgo).query(Long.class).single();
    }

    private void attend(long session, TraineeId trainee) {
        jdbc.sql("insert into " + tenant.schemaName() + ".attendance_record (session_id, trainee_id, checked_in_at)"
                + " values (?, ?, now())").params(session, trainee.value()).update();
    }

    private void exam(ReviewFixture.Cohort cohort, TraineeId trainee, boolean passed) {
        jdbc.sql("insert into " + tenant.schemaName() + ".assessment_result (cohort_id, trainee_id, kind, passed,"
                + " recorded_at) values (?, ?, 'EXAM', ?, now())").params(cohort.id().value(), trainee.value(), passed)
                .update();
    }

    private long refusals() {
        return jdbc.sql("select count(*) from platform.audit_entry where action = 'access.refused'")
                .query(Long.class).single();
    }

    private <T> T inTenant(Caller caller, Supplier<T> work) {
        return as(caller, () -> TenantContext.call(tenant, work::get));
    }
}
