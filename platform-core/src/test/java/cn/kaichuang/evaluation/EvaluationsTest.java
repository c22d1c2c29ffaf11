package cn.kaichuang.evaluation;

import static cn.kaichuang.testsupport.SignedIn.as;
import static cn.kaichuang.testsupport.SignedIn.caller;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kaichuang.audit.AuditTrail;
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
import cn.kaichuang.identity.Caller;
import cn.kaichuang.identity.Role;
import cn.kaichuang.tenancy.TenantCode;
import cn.kaichuang.tenancy.TenantContext;
import cn.kaichuang.tenancy.TenantDirectory;
import cn.kaichuang.tenancy.TenantProvisioning;
import cn.kaichuang.testsupport.MutableClock;
import cn.kaichuang.testsupport.PlatformTest;
import cn.kaichuang.testsupport.Tenants;
import cn.kaichuang.testsupport.TestClockConfiguration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

@PlatformTest
@Import(TestClockConfiguration.class)
class EvaluationsTest {

    private static final AtomicInteger PEOPLE = new AtomicInteger(700);

    private final Evaluations evaluations;
    private final EvaluationStatistics statistics;
    private final Cohorts cohorts;
    private final Trainees trainees;
    private final Lecturers lecturers;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final MutableClock clock;
    private final TenantCode tenant;
    private final TenantCode other;
    @Autowired
    cn.kaichuang.notification.Todos todos;

    @Autowired
    EvaluationsTest(Evaluations evaluations, EvaluationStatistics statistics, Cohorts cohorts, Trainees trainees,
            Lecturers lecturers, AuditTrail audit, JdbcClient jdbc, MutableClock clock,
            TenantProvisioning provisioning, TenantDirectory directory) {
        this.evaluations = evaluations;
        this.statistics = statistics;
        this.cohorts = cohorts;
        this.trainees = trainees;
        this.lecturers = lecturers;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
        this.tenant = Tenants.ensure(provisioning, directory, "evaluation");
        this.other = Tenants.ensure(provisioning, directory, "evaluation2");
    }

    @Test
    void aTraineeRatesAStartedSessionOnceAndTheLecturerSeesAveragesOnlyFromThreeAnswers() {
        Fixture f = fixture(tenant, 3);
        Caller first = f.trainees.getFirst();
        List<PendingEvaluation> pending = inTenant(first, evaluations::pending);
        assertThat(pending).extracting(PendingEvaluation::occasion).contains(Occasion.session(f.pastSession))
                .doesNotContain(Occasion.session(f.futureSession));

        inTenant(first, () -> evaluations.submit(Occasion.session(f.pastSession), answers(5, "讲得很好")));
        assertThatThrownBy(() -> inTenant(first, () -> evaluations.submit(Occasion.session(f.pastSession),
                answers(1, null)))).hasMessage("evaluation.error.twice");
        assertThat(count(tenant, f.pastSession)).isEqualTo(1);
        assertThat(inTenant(first, evaluations::pending)).extracting(PendingEvaluation::occasion)
                .doesNotContain(Occasion.session(f.pastSession));

        LecturerSummary early = inTenant(f.lecturer, evaluations::mySummary);
        assertThat(early.answers()).isEqualTo(1);
        assertThat(early.shown()).isFalse();
        assertThat(early.averages()).isNull();

        clock.advance(java.time.Duration.ofMinutes(1));
        inTenant(f.trainees.get(1), () -> evaluations.submit(Occasion.session(f.pastSession), answers(4, null)));
        assertThat(inTenant(f.lecturer, evaluations::unreadOfMine)).isEqualTo(1);
        assertThat(inTenant(f.lecturer, todos::mine)).contains(
                new cn.kaichuang.notification.Todo("evaluation.unread", 1, "evaluations"));
        assertThat(inTenant(f.trainees.get(2), todos::mine)).anySatisfy(t -> {
            assertThat(t.kind()).isEqualTo("evaluation.pending");
            assertThat(t.route()).isEqualTo("evaluate");
        });
        assertThat(inTenant(f.lecturer, evaluations::mySummary).shown()).isFalse();
        inTenant(f.trainees.get(2), () -> evaluations.submit(Occasion.session(f.pastSession), answers(3, "")));
        LecturerSummary shown = inTenant(f.lecturer, evaluations::mySummary);
        assertThat(shown.answers()).isEqualTo(3);
        assertThat(shown.averages().byDimension().get(Dimension.CONTENT)).isEqualTo(4.0);
        assertThat(shown.averages().overall(Dimension.Target.LECTURER)).isEqualTo(4.0);
        assertThat(inTenant(f.lecturer, evaluations::unreadOfMine)).isZero();
    }

    @Test
    void invalidAnswersFutureSessionsAndOtherCohortsAreRefusedAndChangeNothing() {
        Fixture f = fixture(tenant, 1);
        Fixture stranger = fixture(tenant, 1);
        Caller trainee = f.trainees.getFirst();
        Map<Dimension, Integer> missing = new EnumMap<>(answers(4, null).scores());
        missing.remove(Dimension.SERVICE);
        assertThatThrownBy(() -> inTenant(trainee, () -> evaluations.submit(Occasion.session(f.pastSession),
                new NewEvaluation(missing, null)))).hasMessage("evaluation.error.score");
        Map<Dimension, Integer> tooHigh = new EnumMap<>(answers(4, null).scores());
        tooHigh.put(Dimension.CONTENT, 6);
        assertThatThrownBy(() -> inTenant(trainee, () -> evaluations.submit(Occasion.session(f.pastSession),
                new NewEvaluation(tooHigh, null)))).hasMessage("evaluation.error.score");
        assertThatThrownBy(() -> inTenant(trainee, () -> evaluations.submit(Occasion.session(f.futureSession),
                answers(4, null)))).hasMessage("evaluation.error.not-yet");
        assertThatThrownBy(() -> inTenant(trainee, () -> evaluations.submit(Occasion.session(stranger.pastSession),
                answers(4, null)))).hasMessage("evaluation.error.not-found");
        assertThatThrownBy(() -> inTenant(trainee, () -> evaluations.submit(Occasion.session(999_999),
                answers(4, null)))).hasMessage("evaluation.error.not-found");
        assertThatThrownBy(() -> inTenant(trainee, () -> evaluations.submit(Occasion.completion(f.cohort.value()),
                answers(4, null)))).hasMessage("evaluation.error.not-yet");
        assertThat(count(tenant, f.pastSession)).isZero();
        assertThat(count(tenant, stranger.pastSession)).isZero();
        assertThat(jdbc.sql("select count(*) from platform.audit_entry where action = 'access.refused' and"
                + " subject_type = 'evaluation-occasion' and subject_id = ?").param(tenant.value() + "/SESSION " + stranger.pastSession)
                .query(Long.class).single()).isPositive();
    }

    @Test
    void anotherInstitutionsSessionIdIsNotFoundThere() {
        Fixture here = fixture(tenant, 1);
        Fixture there = fixture(other, 1);
        // The id of a session of the other institution means nothing here (or a session of a cohort not the trainee's).
        long foreign = there.pastSession == here.pastSession || there.pastSession == here.futureSession
                ? there.pastSession + 100_000 : there.pastSession;
        assertThatThrownBy(() -> inTenant(here.trainees.getFirst(), () -> evaluations.submit(
                Occasion.session(foreign), answers(4, null)))).hasMessage("evaluation.error.not-found");
        // The other institution's trainee, signed in there, cannot rate this institution's session.
        long local = here.pastSession == there.pastSession || here.pastSession == there.futureSession
                ? here.pastSession + 100_000 : here.pastSession;
        assertThatThrownBy(() -> TenantContext.call(other, () -> as(there.trainees.getFirst(),
                () -> evaluations.submit(Occasion.session(local), answers(4, null)))))
                .isInstanceOf(EvaluationException.class);
        assertThat(count(tenant, here.pastSession)).isZero();
        // An admin of the other institution reads nothing of this one.
        Caller foreignAdmin = caller("eval-admin-x", Role.INSTITUTION_ADMIN, other.value(), null);
        assertThat(TenantContext.call(tenant, () -> as(foreignAdmin, evaluations::perLecturer))).isEmpty();
    }

    @Test
    void completionIsRatedOnceAndAdminsAndTheProvinceSeeTheAverages() {
        Fixture f = fixture(tenant, 3);
        // The cohort's end date passes.
        jdbc.sql("update " + tenant.schemaName() + ".cohort set end_date = ? where id = ?")
                .params(LocalDate.of(2026, 11, 27), f.cohort.value()).update();
        for (int i = 0; i < 3; i++) {
            int score = 3 + i % 2;
            inTenant(f.trainees.get(i), () -> evaluations.submit(Occasion.completion(f.cohort.value()),
                    answers(score, null)));
        }
        assertThatThrownBy(() -> inTenant(f.trainees.getFirst(), () -> evaluations.submit(
                Occasion.completion(f.cohort.value()), answers(5, null)))).hasMessage("evaluation.error.twice");

        Caller admin = caller("eval-admin", Role.INSTITUTION_ADMIN, tenant.value(), null);
        List<LecturerRating> ratings = inTenant(admin, evaluations::perLecturer);
        LecturerRating mine = ratings.stream().filter(r -> r.lecturer().equals(f.lecturerId)).findFirst().orElseThrow();
        assertThat(mine.averages().answers()).isEqualTo(3);
        assertThat(mine.averages().byDimension().get(Dimension.SERVICE)).isEqualTo(3.33);
        assertThat(inTenant(admin, () -> evaluations.lecturerAveragesOfCohort(f.cohort)))
                .extracting(LecturerRating::lecturer).containsExactly(f.lecturerId);
        // Lecturers do not read the admin's tables.
        assertThat(inTenant(f.lecturer, evaluations::perLecturer)).isEmpty();

        Caller province = caller("eval-province", Role.PROVINCE_ADMIN, null, null);
        List<InstitutionRating> institutions = as(province, statistics::perInstitution);
        assertThat(institutions).anySatisfy(r -> {
            assertThat(r.tenant()).isEqualTo(tenant);
            assertThat(r.averages().answers()).isGreaterThanOrEqualTo(3);
        });
        Caller elsewhere = caller("eval-prefecture", Role.PREFECTURE_ADMIN, null, "430200");
        assertThat(as(elsewhere, statistics::perInstitution)).noneMatch(r -> r.tenant().equals(tenant));
        assertThat(as(f.trainees.getFirst(), statistics::perInstitution)).isEmpty();
    }

    static NewEvaluation answers(int score, String comment) {
        Map<Dimension, Integer> scores = new EnumMap<>(Dimension.class);
        for (Dimension d : Dimension.values()) {
            scores.put(d, score);
        }
        return new NewEvaluation(scores, comment);
    }

    private long count(TenantCode code, long session) {
        return jdbc.sql("select count(*) from " + code.schemaName() + ".evaluation where session_id = ?").param(session)
                .query(Long.class).single();
    }

    record Fixture(CohortId cohort, LecturerId lecturerId, long pastSession, long futureSession, Caller lecturer,
            List<Caller> trainees) {
    }

    private Fixture fixture(TenantCode code, int size) {
        String lecturerLogin = "ev-lecturer-" + PEOPLE.incrementAndGet();
        return TenantContext.call(code, () -> as(Caller.SYSTEM, () -> {
            LecturerId lecturer = lecturers.register(new NewLecturer("评价讲师" + PEOPLE.get(), null,
                    "EV-" + PEOPLE.incrementAndGet(), Set.of(CourseType.SYB), lecturerLogin));
            CohortId cohort = cohorts.create(new NewCohort("SYB 评价" + PEOPLE.incrementAndGet() + "期", CourseType.SYB,
                    LocalDate.of(2026, 11, 2), LocalDate.of(2026, 12, 13), new Venue("长沙市岳麓区", 28.2, 112.9), 30,
                    lecturer));
            List<Caller> callers = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                String login = "ev-trainee-" + PEOPLE.incrementAndGet();
                String first17 = "43010419910101%03d".formatted(PEOPLE.get() % 1000);
                TraineeId id = trainees.register(new NewTrainee("评价学员" + PEOPLE.get(),
                        IdCardNumber.of(first17 + IdCardNumber.checkCharacter(first17)), null, login));
                cohorts.enrol(cohort, id);
                callers.add(caller(login, Role.TRAINEE, code.value(), null));
            }
            LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneId.of("Asia/Shanghai"));
            long past = session(code, cohort, now.minusDays(1), lecturer);
            long future = session(code, cohort, now.plusDays(1), lecturer);
            return new Fixture(cohort, lecturer, past, future, caller(lecturerLogin, Role.LECTURER, code.value(), null),
                    callers);
        }));
    }

    private long session(TenantCode code, CohortId cohort, LocalDateTime start, LecturerId lecturer) {
        return jdbc.sql("insert into " + code.schemaName() + ".cohort_session (cohort_id, starts_at, ends_at, topic,"
                        + " venue_address, venue_lat, venue_lon, lecturer_id) values (?, ?, ?, '创业意识', '长沙', 28.2,"
                        + " 112.9, ?) returning id").params(cohort.value(), start, start.plusHours(3), lecturer.value())
                .query(Long.class).single();
    }

    private <T> T inTenant(Caller who, Supplier<T> work) {
        return TenantContext.call(tenant, () -> as(who, work));
    }
}
