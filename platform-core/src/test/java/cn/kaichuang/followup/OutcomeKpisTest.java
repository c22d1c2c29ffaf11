package cn.kaichuang.followup;

import static cn.kaichuang.testsupport.SignedIn.caller;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import cn.kaichuang.cohort.Cohorts;
import cn.kaichuang.cohort.CourseType;
import cn.kaichuang.cohort.Lecturers;
import cn.kaichuang.cohort.Trainees;
import cn.kaichuang.followup.FollowupFixture.Roster;
import cn.kaichuang.identity.AccessRefusedException;
import cn.kaichuang.identity.Caller;
import cn.kaichuang.identity.Role;
import cn.kaichuang.supervision.SnapshotRun;
import cn.kaichuang.tenancy.TenantCode;
import cn.kaichuang.tenancy.TenantDirectory;
import cn.kaichuang.tenancy.TenantProvisioning;
import cn.kaichuang.testsupport.MutableClock;
import cn.kaichuang.testsupport.PlatformTest;
import cn.kaichuang.testsupport.SignedIn;
import cn.kaichuang.testsupport.TestClockConfiguration;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * KPIs computed from known outcomes in two institutions of two prefectures of their own, live for
 * an institution and from the snapshot for the province and a prefecture.
 */
@PlatformTest
@Import(TestClockConfiguration.class)
class OutcomeKpisTest {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final OutcomeKpis kpis;
    private final FollowupSurveys surveys;
    private final OutcomeImport imports;
    private final MutableClock clock;
    private final TenantCode a = TenantCode.of("kpis-a");
    private final TenantCode b = TenantCode.of("kpis-b");
    private final FollowupFixture inA;
    private final FollowupFixture inB;

    @Autowired
    OutcomeKpisTest(OutcomeKpis kpis, FollowupSurveys surveys, OutcomeImport imports, MutableClock clock,
            JdbcClient jdbc, Lecturers lecturers, Cohorts cohorts, Trainees trainees, TenantProvisioning provisioning,
            TenantDirectory directory) {
        this.kpis = kpis;
        this.surveys = surveys;
        this.imports = imports;
        this.clock = clock;
        if (directory.find(a).isEmpty()) {
            provisioning.create(a, "益阳成效机构", "430902");
            provisioning.create(b, "郴州成效机构", "431002");
        }
        this.inA = new FollowupFixture(a, lecturers, cohorts, trainees, jdbc, "ka");
        this.inB = new FollowupFixture(b, lecturers, cohorts, trainees, jdbc, "kb");
    }

    @Test
    void kpisMatchTheOutcomesPerInstitutionLecturerCourseTypeAndPrefecture() {
        Roster syb = inA.completed(CourseType.SYB, 4, clock.instant().minus(Duration.ofDays(100)));
        Roster gyb = inA.completed(CourseType.GYB, 2, clock.instant().minus(Duration.ofDays(100)));
        Roster other = inB.completed(CourseType.SYB, 2, clock.instant().minus(Duration.ofDays(100)));
        LocalDate today = LocalDate.ofInstant(clock.instant(), CHINA);
        inA.asSystem(() -> surveys.schedule(today));
        inB.asSystem(() -> surveys.schedule(today));

        // syb: #0 started with 3 jobs; #1 employed (phone); #2 registered a business (import, 2 jobs) but
        // later answered that it closed and they are employed: the later word counts; #3 not reached.
        answer(inA, syb, 0, new SurveyAnswer(true, FollowupFixture.creditCode(31), Industry.H, 3, false, Set.of()));
        long survey1 = inA.in(syb.trainee(1), surveys::mine).getFirst().id();
        inA.in(inA.admin(), () -> surveys.answerByPhone(survey1,
                new SurveyAnswer(false, null, null, 0, true, Set.of(Need.TRAINING))));
        inA.in(inA.admin(), () -> imports.importFile(ImportKind.BUSINESS, "r.xlsx", OutcomeImportTest.xlsx(
                List.of("公民身份号码", "统一社会信用代码", "行业门类", "吸纳就业人数"),
                List.of(List.of(syb.ids().get(2).value(), FollowupFixture.creditCode(32), "C", "2")))));
        clock.advance(Duration.ofMinutes(1));
        answer(inA, syb, 2, new SurveyAnswer(false, null, null, 0, true, Set.of()));
        answer(inB, other, 0, new SurveyAnswer(true, FollowupFixture.creditCode(33), Industry.I, 5, false, Set.of()));

        KpiReport byType = inA.in(inA.admin(), () -> kpis.institution(KpiDimension.COURSE_TYPE));
        assertThat(byType.takenAt()).as("live").isEmpty();
        assertThat(byType.rows()).extracting(KpiRow::key, KpiRow::completed, KpiRow::reached, KpiRow::started,
                KpiRow::jobs, KpiRow::employed).containsExactlyInAnyOrder(
                tuple("SYB", 4, 3, 1, 3, 3), tuple("GYB", 2, 0, 0, 0, 0));
        KpiRow sybRow = byType.rows().stream().filter(r -> r.key().equals("SYB")).findFirst().orElseThrow();
        assertThat(sybRow.startupRate()).contains(33.3);
        assertThat(sybRow.employmentRate()).contains(100.0);
        assertThat(sybRow.reachRate()).contains(75.0);
        assertThat(byType.rows().stream().filter(r -> r.key().equals("GYB")).findFirst().orElseThrow().startupRate())
                .isEmpty();
        assertThat(byType.total()).extracting(KpiRow::completed, KpiRow::reached, KpiRow::started, KpiRow::jobs)
                .containsExactly(6, 3, 1, 3);
        assertThat(inA.in(inA.admin(), () -> kpis.institution(KpiDimension.LECTURER)).rows())
                .extracting(KpiRow::key, KpiRow::completed, KpiRow::started).containsExactlyInAnyOrder(
                        tuple(String.valueOf(syb.lecturer().value()), 4, 1),
                        tuple(String.valueOf(gyb.lecturer().value()), 2, 0));
        assertThat(inA.in(inA.admin(), () -> kpis.institution(KpiDimension.INSTITUTION)).rows()).hasSize(1);
        assertThat(inA.in(syb.trainee(0), () -> kpis.institution(KpiDimension.COURSE_TYPE)).isEmpty())
                .as("not for trainees").isTrue();

        Caller province = caller("kpi-province", Role.PROVINCE_ADMIN, null, null);
        SnapshotRun run = SignedIn.as(province, kpis::refresh);
        assertThat(run.failed()).isEmpty();
        KpiReport institutions = SignedIn.as(province, () -> kpis.province(KpiDimension.INSTITUTION));
        assertThat(institutions.takenAt()).contains(clock.instant());
        assertThat(institutions.rows()).filteredOn(r -> r.key().startsWith("kpis-"))
                .extracting(KpiRow::key, KpiRow::label, KpiRow::completed, KpiRow::reached, KpiRow::started,
                        KpiRow::jobs, KpiRow::employed)
                .containsExactly(tuple("kpis-a", "益阳成效机构", 6, 3, 1, 3, 3), tuple("kpis-b", "郴州成效机构", 2, 1, 1, 5, 1));
        assertThat(SignedIn.as(province, () -> kpis.province(KpiDimension.PREFECTURE)).rows())
                .filteredOn(r -> r.key().equals("430900") || r.key().equals("431000"))
                .extracting(KpiRow::key, KpiRow::completed, KpiRow::jobs)
                .containsExactly(tuple("430900", 6, 3), tuple("431000", 2, 5));
        assertThat(SignedIn.as(province, () -> kpis.province(KpiDimension.LECTURER)).rows())
                .filteredOn(r -> r.key().equals("kpis-b:" + other.lecturer().value())).singleElement()
                .satisfies(r -> assertThat(r.label()).endsWith(" · 郴州成效机构"));

        // A prefecture sees its own region only, course types summed over it.
        Caller chenzhou = caller("kpi-chenzhou", Role.PREFECTURE_ADMIN, null, "431000");
        KpiReport types = SignedIn.as(chenzhou, () -> kpis.province(KpiDimension.COURSE_TYPE));
        assertThat(types.rows()).extracting(KpiRow::key, KpiRow::completed, KpiRow::started)
                .containsExactly(tuple("SYB", 2, 1));
        assertThat(types.total().startupRate()).contains(100.0);

        // Later outcomes reach the province with the next snapshot, not before.
        answer(inA, syb, 3, new SurveyAnswer(true, FollowupFixture.creditCode(34), Industry.F, 1, false, Set.of()));
        assertThat(started(province, "kpis-a")).isEqualTo(1);
        clock.advance(Duration.ofMinutes(5));
        SignedIn.as(province, kpis::refresh);
        assertThat(started(province, "kpis-a")).isEqualTo(2);

        assertThatThrownBy(() -> SignedIn.as(inA.admin(), kpis::refresh)).isInstanceOf(AccessRefusedException.class);
        assertThat(SignedIn.as(inA.admin(), () -> kpis.province(KpiDimension.INSTITUTION)).rows()).isEmpty();
    }

    private int started(Caller province, String tenant) {
        return SignedIn.as(province, () -> kpis.province(KpiDimension.INSTITUTION)).rows().stream()
                .filter(r -> r.key().equals(tenant)).findFirst().orElseThrow().started();
    }

    private void answer(FollowupFixture fixture, Roster roster, int trainee, SurveyAnswer answer) {
        Caller caller = roster.trainee(trainee);
        long survey = fixture.in(caller, surveys::mine).stream().filter(s -> s.status() == SurveyStatus.OPEN)
                .findFirst().orElseThrow().id();
        fixture.in(caller, () -> surveys.answer(survey, answer));
    }
}
