package cn.kaichuang.attendance;

import static cn.kaichuang.testsupport.SignedIn.as;
import static cn.kaichuang.testsupport.SignedIn.caller;
import static org.assertj.core.api.Assertions.assertThat;

import cn.kaichuang.certificate.Certificates;
import cn.kaichuang.cohort.CohortView;
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
import cn.kaichuang.testsupport.PlatformTest;
import cn.kaichuang.testsupport.SessionRows;
import cn.kaichuang.testsupport.Tenants;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@PlatformTest
class AttendanceRecordsTest {

    private static final Logger log = LoggerFactory.getLogger(AttendanceRecordsTest.class);
    private static final AtomicInteger PEOPLE = new AtomicInteger(300);

    private final AttendanceRecords attendance;
    private final Certificates certificates;
    private final Cohorts cohorts;
    private final Trainees trainees;
    private final Lecturers lecturers;
    private final JdbcClient jdbc;
    private final TenantCode tenant;
    private final Caller admin;

    @Autowired
    AttendanceRecordsTest(AttendanceRecords attendance, Certificates certificates, Cohorts cohorts, Trainees trainees,
            Lecturers lecturers, JdbcClient jdbc, TenantProvisioning provisioning, TenantDirectory directory) {
        this.attendance = attendance;
        this.certificates = certificates;
        this.cohorts = cohorts;
        this.trainees = trainees;
        this.lecturers = lecturers;
        this.jdbc = jdbc;
        this.tenant = Tenants.ensure(provisioning, directory, "attendance");
        this.admin = caller("attendance-admin", Role.INSTITUTION_ADMIN, "attendance", null);
    }

    @Test
    void aCohortWithoutSessionsHasNothingRecordedAndOnlyStartedSessionsCountAsHeld() {
        CohortId cohort = cohort("讲师甲" + PEOPLE.incrementAndGet(), null, 2);
        TraineeId first = inTenant(() -> cohorts.roster(cohort)).getFirst();
        inTenant(() -> {
            CohortAttendance none = attendance.ofCohort(cohort).orElseThrow();
            assertThat(none.recorded()).isFalse();
            assertThat(none.ratePercent()).isEmpty();
            assertThat(none.below(80)).isEmpty();
            assertThat(attendance.completionPercent(cohort, first)).isEmpty();
            return null;
        });
        List<Long> past = sessions(cohort, 2, true);
        sessions(cohort, 2, false);
        attend(past.getFirst(), first);

        CohortAttendance two = inTenant(() -> attendance.ofCohort(cohort)).orElseThrow();
        assertThat(two.sessions()).isEqualTo(4);
        assertThat(two.sessionsHeld()).isEqualTo(2);
        assertThat(two.percentOf(first)).hasValue(50);
        assertThat(two.ratePercent()).hasValue(25);
        // The completion rule counts every session of the cohort, held or not yet.
        assertThat(inTenant(() -> attendance.completionPercent(cohort, first))).hasValue(25);
    }

    @Test
    void aLecturerSeesTheAttendanceOfTheCohortsTheyLeadOnly() {
        String username = "attendance-lecturer-" + PEOPLE.incrementAndGet();
        CohortId own = cohort("讲师乙" + PEOPLE.incrementAndGet(), username, 1);
        CohortId colleagues = cohort("讲师丙" + PEOPLE.incrementAndGet(), null, 1);
        Caller lecturer = caller(username, Role.LECTURER, "attendance", null);
        TenantContext.run(tenant, () -> as(lecturer, () -> {
            assertThat(attendance.overview()).extracting(a -> a.cohort().id()).containsExactly(own);
            assertThat(attendance.ofCohort(colleagues)).isEmpty();
            return null;
        }));
    }

    /** Eligibility reads the evidence trainee by trainee: a figure for a full cohort. */
    @Test
    void eligibilityOfAFullCohortWithRecordedAttendance() {
        CohortId cohort = cohort("讲师丁" + PEOPLE.incrementAndGet(), null, 30);
        List<TraineeId> roster = inTenant(() -> cohorts.roster(cohort));
        List<Long> held = sessions(cohort, 12, true);
        for (TraineeId trainee : roster) {
            held.subList(0, 8 + (int) (trainee.value() % 5)).forEach(session -> attend(session, trainee));
        }
        inTenant(() -> certificates.eligibility(cohort));
        long start = System.nanoTime();
        int rounds = 5;
        for (int i = 0; i < rounds; i++) {
            assertThat(inTenant(() -> certificates.eligibility(cohort))).hasSize(30);
        }
        long eligibilityMs = (System.nanoTime() - start) / 1_000_000 / rounds;
        start = System.nanoTime();
        CohortAttendance overview = inTenant(() -> attendance.ofCohort(cohort)).orElseThrow();
        long overviewMs = (System.nanoTime() - start) / 1_000_000;
        assertThat(overview.sessionsHeld()).isEqualTo(12);
        log.info("Eligibility of 30 trainees with 12 sessions: {} ms; attendance of the cohort: {} ms", eligibilityMs,
                overviewMs);
    }

    private CohortId cohort(String lecturerName, String lecturerUsername, int size) {
        return TenantContext.call(tenant, () -> {
            LecturerId lecturer = lecturers.register(new NewLecturer(lecturerName, null, "AT-" + PEOPLE.incrementAndGet(),
                    Set.of(CourseType.GYB), lecturerUsername));
            CohortId cohort = cohorts.create(new NewCohort("GYB 第" + PEOPLE.incrementAndGet() + "期", CourseType.GYB,
                    LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 13), new Venue("长沙市天心区", 28.1, 112.9), 30,
                    lecturer));
            IntStream.range(0, size).forEach(i -> {
                String first17 = "43010319850612%03d".formatted(PEOPLE.incrementAndGet() % 1000);
                cohorts.enrol(cohort, trainees.register(new NewTrainee("学员" + PEOPLE.get(),
                        IdCardNumber.of(first17 + IdCardNumber.checkCharacter(first17)), null, null)));
            });
            return cohort;
        });
    }

    private List<Long> sessions(CohortId cohort, int count, boolean past) {
        String start = past ? "now() - make_interval(days => ?)" : "now() + make_interval(days => ?)";
        return IntStream.range(0, count).mapToObj(i -> jdbc.sql(SessionRows.insert(tenant.schemaName(), start))
                .params(cohort.value(), i + 1, i + 1).query(Long.class).single()).toList();
    }

    private void attend(long session, TraineeId trainee) {
        jdbc.sql("insert into " + tenant.schemaName() + ".attendance_record (session_id, trainee_id, checked_in_at)"
                + " values (?, ?, now())").params(session, trainee.value()).update();
    }

    private <T> T inTenant(Supplier<T> work) {
        return TenantContext.call(tenant, () -> as(admin, work));
    }
}
