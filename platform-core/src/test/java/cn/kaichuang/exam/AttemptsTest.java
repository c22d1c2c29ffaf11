package cn.kaichuang.exam;

import static cn.kaichuang.testsupport.SignedIn.caller;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kaichuang.cohort.Cohorts;
import cn.kaichuang.cohort.CourseType;
import cn.kaichuang.cohort.Lecturers;
import cn.kaichuang.cohort.Trainees;
import cn.kaichuang.identity.AccessRefusedException;
import cn.kaichuang.identity.Caller;
import cn.kaichuang.identity.Role;
import cn.kaichuang.question.QuestionType;
import cn.kaichuang.tenancy.TenantCode;
import cn.kaichuang.tenancy.TenantDirectory;
import cn.kaichuang.tenancy.TenantProvisioning;
import cn.kaichuang.testsupport.MutableClock;
import cn.kaichuang.testsupport.PlatformTest;
import cn.kaichuang.testsupport.Tenants;
import cn.kaichuang.testsupport.TestClockConfiguration;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Candidates' attempts against real PostgreSQL, the time moved by a {@link MutableClock}. */
@PlatformTest
@Import(TestClockConfiguration.class)
class AttemptsTest {

    private final Attempts attempts;
    private final ExamSittings sittings;
    private final Papers papers;
    private final JdbcClient jdbc;
    private final MutableClock clock;
    private final TenantCode tenant;
    private final ExamFixtures fixtures;
    private final Caller admin = caller("exams-admin", Role.INSTITUTION_ADMIN, "exams", null);

    @Autowired
    AttemptsTest(Attempts attempts, ExamSittings sittings, Papers papers, JdbcClient jdbc, MutableClock clock,
            Cohorts cohorts, Trainees trainees, Lecturers lecturers, TenantProvisioning provisioning,
            TenantDirectory directory) {
        this.attempts = attempts;
        this.sittings = sittings;
        this.papers = papers;
        this.jdbc = jdbc;
        this.clock = clock;
        this.tenant = Tenants.ensure(provisioning, directory, "exams");
        this.fixtures = new ExamFixtures(cohorts, trainees, lecturers, tenant);
    }

    private Sitting sitting(ExamFixtures.Cohort cohort, String name, Duration window, int minutes, int maxAttempts,
            int passMark) {
        Blueprint blueprint = fixtures.in(admin, () -> papers.save(ExamFixtures.sybQuiz(name)));
        Instant now = clock.instant();
        return fixtures.in(cohort.lecturer(), () -> sittings.schedule(new NewSitting(name, blueprint.id(),
                cohort.id().value(), now.minusSeconds(60), now.plus(window), minutes, maxAttempts, passMark,
                MarkingRule.ALL_OR_NOTHING)));
    }

    @Test
    void aReloadResumesWithTheSavedAnswersAndTheServersTimeAndTakesTheAttemptOver() {
        ExamFixtures.Cohort cohort = fixtures.cohort(CourseType.SYB, 1);
        Caller trainee = cohort.trainees().getFirst();
        Sitting sitting = sitting(cohort, "SYB 续考测验", Duration.ofHours(3), 40, 1, 30);

        AttemptView first = fixtures.in(trainee, () -> attempts.start(sitting.id()));
        assertThat(first.items()).hasSize(8);
        assertThat(first.remaining()).isEqualTo(Duration.ofMinutes(40));
        assertThat(first.deadline()).isEqualTo(clock.instant().plus(Duration.ofMinutes(40)));
        int multiple = position(first, QuestionType.MULTIPLE_CHOICE);
        int single = position(first, QuestionType.SINGLE_CHOICE);
        Saved saved = fixtures.in(trainee, () -> attempts.answer(first.id(), first.sessionToken(), single, List.of(1)));
        assertThat(saved.remaining()).isEqualTo(Duration.ofMinutes(40));
        fixtures.in(trainee, () -> attempts.answer(first.id(), first.sessionToken(), multiple, List.of(2, 0)));
        fixtures.in(trainee, () -> attempts.answer(first.id(), first.sessionToken(), single, List.of(2)));
        assertThat(fixtures.in(trainee, () -> attempts.focusLost(first.id(), first.sessionToken()))).isEqualTo(1);

        clock.advance(Duration.ofMinutes(12));
        AttemptView reloaded = fixtures.in(trainee, () -> attempts.open(first.id()));
        assertThat(reloaded.items()).isEqualTo(first.items());
        assertThat(reloaded.answers()).containsEntry(single, List.of(2)).containsEntry(multiple, List.of(0, 2)).hasSize(2);
        assertThat(reloaded.remaining()).isEqualTo(Duration.ofMinutes(28));
        assertThat(reloaded.focusLosses()).isEqualTo(1);
        assertThat(reloaded.sessionToken()).isNotEqualTo(first.sessionToken());
        // Starting again from the list resumes the same attempt rather than drawing a new paper.
        AttemptView again = fixtures.in(trainee, () -> attempts.start(sitting.id()));
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(again.remaining()).isEqualTo(Duration.ofMinutes(28));

        // The browsers that had it before can no longer write.
        List<String> before = answers(first.id());
        assertRefused(() -> attempts.answer(first.id(), first.sessionToken(), single, List.of(0)), trainee,
                "exam.error.taken-over");
        assertRefused(() -> attempts.submit(first.id(), first.sessionToken()), trainee, "exam.error.taken-over");
        assertThat(answers(first.id())).isEqualTo(before);
        assertThat(fixtures.in(trainee, () -> attempts.result(first.id()))).isEmpty();

        AttemptResult result = fixtures.in(trainee, () -> attempts.submit(first.id(), again.sessionToken()));
        assertThat(result.byDeadline()).isFalse();
        assertThat(result.questions()).isEqualTo(8);
        assertThat(result.totalScore()).isEqualTo(40);
        assertThat(result.focusLosses()).isEqualTo(1);
        assertThat(fixtures.in(trainee, () -> attempts.result(first.id()))).contains(result);
    }

    @Test
    void theDeadlineSubmitsOnTheFirstReadAndIsNeverLaterThanTheWindowsClose() {
        ExamFixtures.Cohort cohort = fixtures.cohort(CourseType.SYB, 2);
        Caller first = cohort.trainees().getFirst();
        Caller second = cohort.trainees().get(1);
        // The window closes 20 minutes from now, before the 60 minutes of the duration.
        Sitting sitting = sitting(cohort, "SYB 限时测验", Duration.ofMinutes(20), 60, 1, 0);
        AttemptView attempt = fixtures.in(first, () -> attempts.start(sitting.id()));
        assertThat(attempt.remaining()).isEqualTo(Duration.ofMinutes(20));
        AttemptView other = fixtures.in(second, () -> attempts.start(sitting.id()));
        fixtures.in(first, () -> attempts.answer(attempt.id(), attempt.sessionToken(), 1, List.of(0)));

        clock.advance(Duration.ofMinutes(20));
        List<String> before = answers(attempt.id());
        assertRefused(() -> attempts.answer(attempt.id(), attempt.sessionToken(), 2, List.of(0)), first,
                "exam.error.deadline");
        assertThat(answers(attempt.id())).isEqualTo(before);
        AttemptResult marked = fixtures.in(first, () -> attempts.result(attempt.id())).orElseThrow();
        assertThat(marked.byDeadline()).isTrue();
        assertThat(marked.submittedAt()).isEqualTo(attempt.deadline());
        assertThat(marked.passed()).as("pass mark 0").isTrue();
        assertRefused(() -> attempts.answer(attempt.id(), attempt.sessionToken(), 2, List.of(0)), first,
                "exam.error.submitted");
        assertRefused(() -> attempts.submit(attempt.id(), attempt.sessionToken()), first, "exam.error.submitted");
        assertThat(answers(attempt.id())).isEqualTo(before);

        // The second candidate never came back: their result is there on the first read, here the sitting's.
        SittingResults results = fixtures.in(admin, () -> sittings.results(sitting.id())).orElseThrow();
        assertThat(results.sat()).isEqualTo(2);
        assertThat(status(other.id())).isEqualTo("DEADLINE");
        assertRefused(() -> attempts.submit(other.id(), other.sessionToken()), second, "exam.error.submitted");
        assertRefused(() -> attempts.start(sitting.id()), first, "exam.error.not-open");
    }

    @Test
    void aSubmitAfterTheDeadlineReturnsTheDeadlinesResult() {
        ExamFixtures.Cohort cohort = fixtures.cohort(CourseType.SYB, 1);
        Caller trainee = cohort.trainees().getFirst();
        Sitting sitting = sitting(cohort, "SYB 超时交卷", Duration.ofHours(2), 10, 1, 40);
        AttemptView attempt = fixtures.in(trainee, () -> attempts.start(sitting.id()));
        clock.advance(Duration.ofMinutes(10).plusSeconds(3));
        AttemptResult result = fixtures.in(trainee, () -> attempts.submit(attempt.id(), attempt.sessionToken()));
        assertThat(result.byDeadline()).isTrue();
        assertThat(result.submittedAt()).isEqualTo(attempt.deadline());
        assertThat(result.score()).isZero();
        assertThat(result.passed()).isFalse();
    }

    @Test
    void everyRefusalIsLocalizedAndChangesNothing() {
        ExamFixtures.Cohort cohort = fixtures.cohort(CourseType.SYB, 2);
        ExamFixtures.Cohort elsewhere = fixtures.cohort(CourseType.SYB, 1);
        Caller trainee = cohort.trainees().getFirst();
        Caller neighbour = cohort.trainees().get(1);
        Sitting sitting = sitting(cohort, "SYB 拒绝测验", Duration.ofHours(2), 30, 1, 30);
        AttemptView attempt = fixtures.in(trainee, () -> attempts.start(sitting.id()));
        int single = position(attempt, QuestionType.SINGLE_CHOICE);
        int trueFalse = position(attempt, QuestionType.TRUE_FALSE);
        fixtures.in(trainee, () -> attempts.answer(attempt.id(), attempt.sessionToken(), single, List.of(1)));
        List<String> before = answers(attempt.id());
        String token = attempt.sessionToken();

        assertRefused(() -> attempts.answer(attempt.id(), token, 8, List.of(0)), trainee, "exam.error.not-on-paper");
        assertRefused(() -> attempts.answer(attempt.id(), token, -1, List.of(0)), trainee, "exam.error.not-on-paper");
        assertRefused(() -> attempts.answer(attempt.id(), token, single, List.of(4)), trainee, "exam.error.bad-option");
        assertRefused(() -> attempts.answer(attempt.id(), token, trueFalse, List.of(2)), trainee,
                "exam.error.bad-option");
        assertRefused(() -> attempts.answer(attempt.id(), token, single, List.of(0, 1)), trainee,
                "exam.error.bad-option");
        assertRefused(() -> attempts.answer(attempt.id(), token, single, List.of(-1)), trainee, "exam.error.bad-option");
        assertThat(answers(attempt.id())).isEqualTo(before);

        // Another candidate's attempt: not found, as an unknown one, and recorded as an access refusal.
        for (Runnable reach : List.<Runnable>of(
                () -> attempts.answer(attempt.id(), token, single, List.of(0)),
                () -> attempts.open(attempt.id()),
                () -> attempts.submit(attempt.id(), token),
                () -> attempts.result(attempt.id()))) {
            assertRefused(() -> {
                reach.run();
                return null;
            }, neighbour, "exam.error.attempt-not-found");
            assertThat(lastPlatformAudit()).isEqualTo("access.refused exam_attempt exams/" + attempt.id());
        }
        assertThat(answers(attempt.id())).isEqualTo(before);
        assertThat(status(attempt.id())).isEqualTo("RUNNING");
        assertThat(token(attempt.id())).isEqualTo(token);

        // A sitting of another cohort is not theirs; staff do not sit exams.
        long count = attemptCount();
        assertRefused(() -> attempts.start(sitting.id()), elsewhere.trainees().getFirst(),
                "exam.error.sitting-not-found");
        assertThat(lastPlatformAudit()).isEqualTo("access.refused exam_sitting exams/" + sitting.id());
        assertThatThrownBy(() -> fixtures.in(admin, () -> attempts.start(sitting.id())))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> fixtures.in(cohort.lecturer(), attempts::mine))
                .isInstanceOf(AccessRefusedException.class);
        assertThat(attemptCount()).isEqualTo(count);
    }

    @Test
    void retakesDrawNoRepeatedQuestionAndStopAtTheLimitOrAPass() {
        ExamFixtures.Cohort cohort = fixtures.cohort(CourseType.SYB, 2);
        Caller trainee = cohort.trainees().getFirst();
        Sitting sitting = sitting(cohort, "SYB 补考测验", Duration.ofHours(5), 30, 2, 40);
        Set<String> seen = new HashSet<>();
        for (int attempt = 1; attempt <= 2; attempt++) {
            AttemptView view = fixtures.in(trainee, () -> attempts.start(sitting.id()));
            assertThat(view.attempt()).isEqualTo(attempt);
            view.items().forEach(item -> assertThat(seen.add(item.stem())).as("no repeat: " + item.stem()).isTrue());
            AttemptResult result = fixtures.in(trainee, () -> attempts.submit(view.id(), view.sessionToken()));
            assertThat(result.passed()).as("nothing answered, pass mark 40 of 40").isFalse();
            assertThat(fixtures.in(trainee, attempts::mine)).filteredOn(e -> e.sitting().id() == sitting.id())
                    .singleElement().satisfies(e -> assertThat(e.attemptsUsed()).isEqualTo(view.attempt()));
        }
        long count = attemptCount();
        assertRefused(() -> attempts.start(sitting.id()), trainee, "exam.error.no-attempts-left");
        assertThat(attemptCount()).isEqualTo(count);
        assertThat(fixtures.in(trainee, attempts::mine)).filteredOn(e -> e.sitting().id() == sitting.id())
                .singleElement().satisfies(e -> assertThat(e.state()).isEqualTo(MyExam.State.FINISHED));

        // A candidate who passed sits no more, attempts left or not.
        Caller passer = cohort.trainees().get(1);
        Sitting easy = sitting(cohort, "SYB 及格即止", Duration.ofHours(5), 30, 3, 0);
        assertThat(fixtures.in(passer, attempts::mine)).filteredOn(e -> e.sitting().id() == easy.id())
                .singleElement().satisfies(e -> assertThat(e.state()).isEqualTo(MyExam.State.AVAILABLE));
        AttemptView view = fixtures.in(passer, () -> attempts.start(easy.id()));
        assertThat(fixtures.in(passer, attempts::mine)).filteredOn(e -> e.sitting().id() == easy.id())
                .singleElement().satisfies(e -> {
                    assertThat(e.state()).isEqualTo(MyExam.State.IN_PROGRESS);
                    assertThat(e.openAttempt()).isEqualTo(view.id());
                });
        assertThat(fixtures.in(passer, () -> attempts.submit(view.id(), view.sessionToken())).passed()).isTrue();
        assertRefused(() -> attempts.start(easy.id()), passer, "exam.error.already-passed");
        // What certificates read as "exam passed": the pass stands beside the other candidate's failures.
        assertThat(jdbc.sql("select trainee_id || ' ' || passed from " + tenant.schemaName() + ".assessment_result"
                + " where kind = 'EXAM' and cohort_id = ? order by trainee_id").param(cohort.id().value())
                .query(String.class).list()).containsExactly(cohort.ids().get(0).value() + " false",
                        cohort.ids().get(1).value() + " true");
    }

    private static int position(AttemptView view, QuestionType type) {
        return view.items().stream().filter(i -> i.type() == type).findFirst().orElseThrow().position();
    }

    private void assertRefused(java.util.function.Supplier<?> work, Caller who, String key) {
        assertThatThrownBy(() -> fixtures.in(who, work)).isInstanceOf(ExamException.class).hasMessage(key);
    }

    private List<String> answers(long attemptId) {
        return jdbc.sql("select position || ':' || chosen || '@' || answered_at from " + tenant.schemaName()
                + ".exam_answer where attempt_id = ? order by position").param(attemptId).query(String.class).list();
    }

    private String status(long attemptId) {
        return jdbc.sql("select coalesce(submitted_how, 'RUNNING') from " + tenant.schemaName()
                + ".exam_attempt where id = ?").param(attemptId).query(String.class).single();
    }

    private String token(long attemptId) {
        return jdbc.sql("select session_token from " + tenant.schemaName() + ".exam_attempt where id = ?")
                .param(attemptId).query(String.class).single();
    }

    private long attemptCount() {
        return jdbc.sql("select count(*) from " + tenant.schemaName() + ".exam_attempt").query(Long.class).single();
    }

    private String lastPlatformAudit() {
        return jdbc.sql("select action || ' ' || subject_type || ' ' || subject_id from platform.audit_entry"
                + " order by seq desc limit 1").query(String.class).single();
    }

}
