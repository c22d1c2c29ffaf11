package cn.kaichuang.supervision;

import static cn.kaichuang.testsupport.SignedIn.as;
import static cn.kaichuang.testsupport.SignedIn.caller;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kaichuang.audit.AuditEntry;
import cn.kaichuang.audit.AuditTrail;
import cn.kaichuang.cohort.CohortStatus;
import cn.kaichuang.cohort.Cohorts;
import cn.kaichuang.cohort.CourseType;
import cn.kaichuang.cohort.Ids.CohortId;
import cn.kaichuang.cohort.Ids.TraineeId;
import cn.kaichuang.cohort.NewCohort;
import cn.kaichuang.cohort.NewTrainee;
import cn.kaichuang.cohort.Trainees;
import cn.kaichuang.cohort.Venue;
import cn.kaichuang.crypto.IdCardNumber;
import cn.kaichuang.identity.AccessRefusedException;
import cn.kaichuang.identity.Caller;
import cn.kaichuang.identity.Role;
import cn.kaichuang.tenancy.TenantCode;
import cn.kaichuang.tenancy.TenantContext;
import cn.kaichuang.tenancy.TenantDirectory;
import cn.kaichuang.tenancy.TenantProvisioning;
import cn.kaichuang.testsupport.PlatformTest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Console snapshots against inserted data. Other tests share the database, so the institutions
 * here sit in prefectures no other test uses (娄底 431300, 湘西 433100) and the figures are
 * checked per prefecture.
 */
@PlatformTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleSnapshotsTest {

    private static final Venue VENUE = new Venue("娄底市娄星区 1 号", 27.7, 112.0);
    private static final TenantCode LOUDI = TenantCode.of("console-loudi");
    private static final TenantCode LOUDI_BROKEN = TenantCode.of("console-broken");
    private static final TenantCode XIANGXI = TenantCode.of("console-xiangxi");
    private static final Caller PROVINCE = caller("prov", Role.PROVINCE_ADMIN, null, "430000");
    private static final Caller LOUDI_ADMIN = caller("loudi", Role.PREFECTURE_ADMIN, null, "431300");
    private static final Caller INSTITUTION_ADMIN = caller("inst", Role.INSTITUTION_ADMIN, LOUDI.value(), null);

    private final ConsoleSnapshots console;
    private final TenantProvisioning provisioning;
    private final TenantDirectory directory;
    private final Cohorts cohorts;
    private final Trainees trainees;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private SnapshotRun run;

    @Autowired
    ConsoleSnapshotsTest(ConsoleSnapshots console, TenantProvisioning provisioning, TenantDirectory directory,
            Cohorts cohorts, Trainees trainees, AuditTrail audit, JdbcClient jdbc) {
        this.console = console;
        this.provisioning = provisioning;
        this.directory = directory;
        this.cohorts = cohorts;
        this.trainees = trainees;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    @BeforeAll
    void institutionsWithCohortsAndABrokenOne() {
        create(LOUDI, "娄底创业学校", "431302");
        create(LOUDI_BROKEN, "娄底坏学校", "431300");
        create(XIANGXI, "湘西创业学校", "433100");
        TenantContext.run(LOUDI, () -> {
            CohortId syb = cohorts.create(new NewCohort("SYB 娄底第1期", CourseType.SYB, LocalDate.of(2026, 9, 1),
                    LocalDate.of(2026, 9, 10), VENUE, 30, null));
            CohortId gyb = cohorts.create(new NewCohort("GYB 娄底第2期", CourseType.GYB, LocalDate.of(2026, 10, 5),
                    LocalDate.of(2026, 10, 8), VENUE, 30, null));
            for (int i = 0; i < 3; i++) {
                TraineeId t = trainees.register(new NewTrainee("学员" + i, idCard("4313021990010100" + i), null, null));
                cohorts.enrol(syb, t);
                if (i == 0) {
                    cohorts.enrol(gyb, t);
                }
            }
            jdbc.sql("update t_console_loudi.cohort set status = 'COMPLETED' where id = ?").param(syb.value()).update();
            jdbc.sql("update t_console_loudi.cohort set status = 'RUNNING' where id = ?").param(gyb.value()).update();
            certificate("431300-2026-SYB-0000001", LOUDI, syb.value(), null);
            certificate("431300-2026-SYB-0000002", LOUDI, syb.value(), Instant.parse("2026-09-20T00:00:00Z"));
        });
        TenantContext.run(XIANGXI, () -> {
            CohortId iyb = cohorts.create(new NewCohort("IYB 湘西第1期", CourseType.IYB, LocalDate.of(2026, 11, 2),
                    LocalDate.of(2026, 11, 6), VENUE, 10, null));
            cohorts.enrol(iyb, trainees.register(new NewTrainee("湘西学员", idCard("43310119900101009"), null, null)));
            certificate("433100-2026-IYB-0000003", XIANGXI, iyb.value(), null);
        });
        jdbc.sql("drop table t_console_broken.enrolment").update();
        run = console.refresh();
    }

    @Test
    void aRefreshSnapshotsEveryInstitutionAndOneBrokenInstitutionDoesNotStopTheOthers() {
        assertThat(run.failed()).contains(LOUDI_BROKEN).doesNotContain(LOUDI, XIANGXI);
        Dashboard dashboard = as(PROVINCE, console::dashboard);
        assertThat(dashboard.takenAt()).isPresent();
        assertThat(dashboard.failed()).isPositive();
        assertThat(dashboard.byPrefecture(ConsoleMetric.ENROLMENTS_BY_TYPE)).containsEntry("431300", 4L)
                .containsEntry("433100", 1L);
        assertThat(dashboard.byPrefecture(ConsoleMetric.TRAINEES)).containsEntry("431300", 3L);
    }

    @Test
    void figuresCountCohortsEnrolmentsCompletionAndCertificates() {
        Dashboard loudi = as(LOUDI_ADMIN, console::dashboard);

        assertThat(loudi.byDimension(ConsoleMetric.COHORTS_BY_STATUS)).containsOnly(
                java.util.Map.entry("COMPLETED", 1L), java.util.Map.entry("RUNNING", 1L));
        assertThat(loudi.byDimension(ConsoleMetric.ENROLMENTS_BY_TYPE)).containsOnly(
                java.util.Map.entry("SYB", 3L), java.util.Map.entry("GYB", 1L));
        assertThat(loudi.byDimension(ConsoleMetric.ENROLMENTS_BY_MONTH)).containsOnly(
                java.util.Map.entry("2026-09", 3L), java.util.Map.entry("2026-10", 1L));
        assertThat(loudi.total(ConsoleMetric.COMPLETED_ENROLMENTS_BY_TYPE, "SYB")).isEqualTo(3);
        assertThat(loudi.total(ConsoleMetric.CERTIFICATES_VALID)).isEqualTo(1);
        assertThat(loudi.total(ConsoleMetric.CERTIFICATES_REVOKED)).isEqualTo(1);
        assertThat(Dashboard.rate(loudi.total(ConsoleMetric.CERTIFICATES_VALID),
                loudi.total(ConsoleMetric.COMPLETED_ENROLMENTS_BY_TYPE))).contains(33.3);
    }

    @Test
    void aPrefectureSeesOnlyItsRegion() {
        Dashboard loudi = as(LOUDI_ADMIN, console::dashboard);
        assertThat(loudi.figures()).isNotEmpty().allSatisfy(f -> assertThat(f.regionCode()).startsWith("4313"));

        List<ConsoleCohort> rows = as(LOUDI_ADMIN, () -> console.cohorts(CohortFilter.NONE, null, 0, 50));
        assertThat(rows).extracting(ConsoleCohort::name).containsExactly("GYB 娄底第2期", "SYB 娄底第1期");
        assertThat(as(LOUDI_ADMIN, () -> console.countCohorts(new CohortFilter(null, XIANGXI, null, null, null,
                null, null)))).isZero();
        assertThat(as(LOUDI_ADMIN, () -> console.certificates(CertificateFilter.NONE, null, 0, 50)))
                .extracting(ConsoleCertificate::serial)
                .containsExactlyInAnyOrder("431300-2026-SYB-0000001", "431300-2026-SYB-0000002");
        // The province's view contains both prefectures.
        assertThat(as(PROVINCE, () -> console.countCohorts(new CohortFilter("431300", null, null, null, null, null,
                null)))).isEqualTo(2);
        assertThat(as(PROVINCE, () -> console.countCohorts(new CohortFilter(null, XIANGXI, null, null, null, null,
                null)))).isEqualTo(1);
    }

    @Test
    void cohortListFiltersSearchesSortsAndPages() {
        CohortFilter completedSyb = new CohortFilter("431300", null, CourseType.SYB, CohortStatus.COMPLETED,
                LocalDate.of(2026, 8, 1), LocalDate.of(2026, 9, 30), "娄底第1");
        List<ConsoleCohort> found = as(PROVINCE, () -> console.cohorts(completedSyb, null, 0, 10));
        assertThat(found).singleElement().satisfies(c -> {
            assertThat(c.enrolled()).isEqualTo(3);
            assertThat(c.institutionName()).isEqualTo("娄底创业学校");
            assertThat(c.regionCode()).isEqualTo("431302");
        });
        CohortFilter loudi = new CohortFilter("431300", null, null, null, null, null, null);
        assertThat(as(PROVINCE, () -> console.cohorts(loudi, new ListSort("enrolled", true), 0, 1)))
                .extracting(ConsoleCohort::name).containsExactly("SYB 娄底第1期");
        assertThat(as(PROVINCE, () -> console.cohorts(loudi, new ListSort("enrolled", true), 1, 1)))
                .extracting(ConsoleCohort::name).containsExactly("GYB 娄底第2期");
        // Wildcards in a search are text, and an unknown sort column falls back to the default order.
        assertThat(as(PROVINCE, () -> console.countCohorts(new CohortFilter(null, null, null, null, null, null,
                "%")))).isZero();
        assertThat(as(PROVINCE, () -> console.cohorts(loudi, new ListSort("1; drop table x", false), 0, 5)))
                .hasSize(2);
    }

    @Test
    void theDrillDownReadsTheInstitutionLiveAndAnotherRegionIsNotFoundAndRecorded() {
        TenantContext.run(LOUDI, () -> cohorts.create(new NewCohort("SYB 娄底第3期", CourseType.SYB,
                LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 5), VENUE, 20, null)));

        LiveInstitution live = as(LOUDI_ADMIN, () -> console.live(LOUDI)).orElseThrow();
        assertThat(live.census().cohorts()).extracting(c -> c.name()).contains("SYB 娄底第3期");
        assertThat(live.census().trainees()).isEqualTo(3);

        long before = lastSeq();
        assertThat(as(LOUDI_ADMIN, () -> console.live(XIANGXI))).isEmpty();
        assertThat(refusalsSince(before)).extracting(AuditEntry::actor, AuditEntry::subjectId)
                .contains(org.assertj.core.groups.Tuple.tuple("loudi", "-/console-xiangxi"));
    }

    @Test
    void institutionStaffGetNothingAndMayNotRefresh() {
        long before = lastSeq();
        assertThat(as(INSTITUTION_ADMIN, console::dashboard).isEmpty()).isTrue();
        assertThat(as(INSTITUTION_ADMIN, () -> console.cohorts(CohortFilter.NONE, null, 0, 10))).isEmpty();
        assertThatThrownBy(() -> as(INSTITUTION_ADMIN, console::refresh)).isInstanceOf(AccessRefusedException.class);
        assertThat(refusalsSince(before)).extracting(AuditEntry::subjectType)
                .contains("console.dashboard", "console.cohorts", "console.refresh");
    }

    private void create(TenantCode code, String name, String region) {
        if (directory.find(code).isEmpty()) {
            provisioning.create(code, name, region);
        }
    }

    private void certificate(String serial, TenantCode tenant, long cohort, Instant revokedAt) {
        jdbc.sql("""
                insert into platform.certificate (serial, tenant_code, institution_name, cohort_id, trainee_id,
                    trainee_name, id_card, id_card_index, course_type, start_date, end_date, issued_at, issued_by,
                    revoked_at, revoked_by, revoke_reason)
                values (?, ?, '机构', ?, 1, '学员', 'x', 'x', ?, date '2026-09-01', date '2026-09-10',
                    timestamptz '2026-09-15 10:00+08', 'test', ?, ?, ?)""")
                .params(serial, tenant.value(), cohort, serial.substring(12, 15),
                        revokedAt == null ? null : java.sql.Timestamp.from(revokedAt),
                        revokedAt == null ? null : "test", revokedAt == null ? null : "错误")
                .update();
    }

    private long lastSeq() {
        return audit.recent(null, "", 1).stream().mapToLong(AuditEntry::seq).max().orElse(0);
    }

    private List<AuditEntry> refusalsSince(long seq) {
        return audit.recent(null, "access.refused", 200).stream().filter(e -> e.seq() > seq).toList();
    }

    private static IdCardNumber idCard(String first17) {
        return IdCardNumber.of(first17 + IdCardNumber.checkCharacter(first17));
    }
}
