package cn.kaichuang.selfassessment;

import static cn.kaichuang.testsupport.SignedIn.as;
import static cn.kaichuang.testsupport.SignedIn.caller;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import cn.kaichuang.teaching.CohortStatistics;
import cn.kaichuang.teaching.LearningStatistics;
import cn.kaichuang.tenancy.TenantCode;
import cn.kaichuang.tenancy.TenantContext;
import cn.kaichuang.tenancy.TenantDirectory;
import cn.kaichuang.tenancy.TenantProvisioning;
import cn.kaichuang.testsupport.PlatformTest;
import cn.kaichuang.testsupport.Tenants;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@PlatformTest
class SelfAssessmentsTest {

    private static final AtomicInteger PEOPLE = new AtomicInteger(300);

    private final SelfAssessments assessments;
    private final Trainees trainees;
    private final Cohorts cohorts;
    private final JdbcClient jdbc;
    private final LearningStatistics learning;
    private final TenantCode tenant;

    @Autowired
    SelfAssessmentsTest(SelfAssessments assessments, Trainees trainees, Cohorts cohorts, JdbcClient jdbc,
            LearningStatistics learning, TenantProvisioning provisioning, TenantDirectory directory) {
        this.learning = learning;
        this.assessments = assessments;
        this.trainees = trainees;
        this.cohorts = cohorts;
        this.jdbc = jdbc;
        this.tenant = Tenants.ensure(provisioning, directory, "selfassess");
    }

    @Test
    void theSeededInstrumentHasSevenDimensionsOfFourItemsWithReverseOnesAndIsSeededOnce() {
        Instrument first = assessments.version(1).orElseThrow();
        assertThat(first.dimensions()).extracting(Instrument.Dimension::name).containsExactly("创业动机", "风险承受",
                "决策能力", "沟通与人脉", "家庭支持", "专业技能", "财务准备");
        assertThat(first.dimensions()).allSatisfy(d -> {
            assertThat(d.items()).hasSizeGreaterThanOrEqualTo(4);
            assertThat(d.items()).anyMatch(Instrument.Item::reverse);
            assertThat(d.adviceLow()).isNotBlank();
        });
        assertThat(jdbc.sql("select count(*) from platform.self_assessment_instrument where version = 1")
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aTraineesAnswersAreScoredWithReverseItemsAndKeptInTheirHistory() {
        Trainee t = trainee(null);
        Instrument current = assessments.current();
        // Agreeing fully with everything: 100 on the straight items, 0 on the reverse ones.
        List<Integer> agree = Collections.nCopies(current.items().size(), 5);
        AssessmentResult first = inTenant(t.caller, () -> assessments.submit(current.version(), agree));
        assertThat(first.scores()).hasSize(current.dimensions().size());
        assertThat(first.scores()).allSatisfy(s -> assertThat(s.score()).isEqualTo(75));
        assertThat(first.total()).isEqualTo(75);
        assertThat(first.scores().getFirst().level()).isEqualTo(Level.HIGH);
        assertThat(first.scores().getFirst().advice()).isEqualTo(current.dimensions().getFirst().adviceHigh());

        // The ideal answers: agree with the straight items, disagree with the reverse ones.
        List<Integer> ideal = current.items().stream().map(i -> i.reverse() ? 1 : 5).toList();
        AssessmentResult second = inTenant(t.caller, () -> assessments.submit(current.version(), ideal));
        assertThat(second.total()).isEqualTo(100);
        assertThat(inTenant(t.caller, assessments::history)).extracting(AssessmentResult::total).containsExactly(100,
                75);
    }

    @Test
    void badAnswersAreRefusedAndNothingIsStored() {
        Trainee t = trainee(null);
        Instrument current = assessments.current();
        List<Integer> tooFew = Collections.nCopies(current.items().size() - 1, 3);
        assertThatThrownBy(() -> inTenant(t.caller, () -> assessments.submit(current.version(), tooFew)))
                .hasMessage("selfassessment.error.answers");
        List<Integer> outOfRange = new ArrayList<>(Collections.nCopies(current.items().size(), 3));
        outOfRange.set(2, 6);
        assertThatThrownBy(() -> inTenant(t.caller, () -> assessments.submit(current.version(), outOfRange)))
                .hasMessage("selfassessment.error.answers");
        assertThatThrownBy(() -> inTenant(t.caller, () -> assessments.submit(current.version() + 7,
                Collections.nCopies(current.items().size(), 3)))).hasMessage("selfassessment.error.outdated");
        Caller admin = caller("sa-admin", Role.INSTITUTION_ADMIN, tenant.value(), null);
        assertThatThrownBy(() -> inTenant(admin, () -> assessments.submit(current.version(),
                Collections.nCopies(current.items().size(), 3)))).hasMessage("selfassessment.error.not-trainee");
        assertThat(inTenant(t.caller, assessments::history)).isEmpty();
    }

    @Test
    void theProvincePublishesANewVersionAndOldResultsKeepTheirs() {
        Trainee t = trainee(null);
        Instrument before = assessments.current();
        inTenant(t.caller, () -> assessments.submit(before.version(), Collections.nCopies(before.items().size(), 4)));

        Instrument.Dimension changed = new Instrument.Dimension("MOTIVATION", "创业动机（修订）",
                before.dimensions().getFirst().items(), "低", "中", "高");
        List<Instrument.Dimension> dimensions = new ArrayList<>(before.dimensions());
        dimensions.set(0, changed);
        Instrument draft = new Instrument(0, "创业能力自评量表（修订版）", dimensions, null);
        assertThatThrownBy(() -> as(caller("sa-lecturer", Role.LECTURER, tenant.value(), null),
                () -> assessments.publish(draft))).isInstanceOf(AccessRefusedException.class);
        Instrument.Dimension tooShort = new Instrument.Dimension("X", "短", before.dimensions().getFirst().items()
                .subList(0, 3), "低", "中", "高");
        Caller province = caller("sa-province", Role.PROVINCE_ADMIN, null, null);
        assertThatThrownBy(() -> as(province, () -> assessments.publish(new Instrument(0, "短", List.of(tooShort),
                null)))).hasMessage("selfassessment.error.instrument");

        int next = as(province, () -> assessments.publish(draft));
        assertThat(next).isEqualTo(before.version() + 1);
        assertThat(assessments.current().dimensions().getFirst().name()).isEqualTo("创业动机（修订）");
        AssessmentResult old = inTenant(t.caller, assessments::history).getFirst();
        assertThat(old.instrumentVersion()).isEqualTo(before.version());
        assertThat(old.scores().getFirst().name()).isEqualTo("创业动机");
        // Answering the version that was current when the page opened is refused now.
        assertThatThrownBy(() -> inTenant(t.caller, () -> assessments.submit(before.version(),
                Collections.nCopies(before.items().size(), 4)))).hasMessage("selfassessment.error.outdated");
    }

    @Test
    void staffReadTheLatestTotalPerTraineeOfACohortAndTraineesDoNot() {
        CohortId cohort = TenantContext.call(tenant, () -> as(Caller.SYSTEM, () -> cohorts.create(new NewCohort(
                "GYB 测评" + PEOPLE.incrementAndGet() + "期", CourseType.GYB, LocalDate.of(2026, 11, 2),
                LocalDate.of(2026, 12, 13), new Venue("长沙", 28.2, 112.9), 30, null))));
        Trainee a = trainee(cohort);
        Trainee b = trainee(cohort);
        Instrument current = assessments.current();
        List<Integer> ideal = current.items().stream().map(i -> i.reverse() ? 1 : 5).toList();
        inTenant(a.caller, () -> assessments.submit(current.version(), Collections.nCopies(ideal.size(), 3)));
        inTenant(a.caller, () -> assessments.submit(current.version(), ideal));
        Caller admin = caller("sa-admin", Role.INSTITUTION_ADMIN, tenant.value(), null);
        Map<TraineeId, Integer> totals = inTenant(admin, () -> assessments.latestTotals(cohort));
        assertThat(totals).containsExactly(Map.entry(a.id, 100));
        assertThat(totals).doesNotContainKey(b.id);
        // The learning statistics of the cohort carry the same total as a column of their own.
        CohortStatistics statistics = inTenant(admin, () -> learning.of(cohort)).orElseThrow();
        assertThat(statistics.trainees()).filteredOn(t -> t.trainee().equals(a.id)).singleElement()
                .satisfies(t -> assertThat(t.figure("teaching.stat.self-assessment")).isEqualTo(100.0));
        assertThat(statistics.trainees()).filteredOn(t -> t.trainee().equals(b.id)).singleElement()
                .satisfies(t -> assertThat(t.figure("teaching.stat.self-assessment")).isNull());
        assertThat(inTenant(a.caller, () -> assessments.latestTotals(cohort))).isEmpty();
        Caller foreign = caller("sa-admin-x", Role.INSTITUTION_ADMIN, "elsewhere", null);
        assertThat(inTenant(foreign, () -> assessments.latestTotals(cohort))).isEmpty();
    }

    record Trainee(TraineeId id, Caller caller) {
    }

    private Trainee trainee(CohortId cohort) {
        String login = "sa-trainee-" + PEOPLE.incrementAndGet();
        String first17 = "43010419920101%03d".formatted(PEOPLE.get() % 1000);
        TraineeId id = TenantContext.call(tenant, () -> as(Caller.SYSTEM, () -> {
            TraineeId made = trainees.register(new NewTrainee("测评学员" + PEOPLE.get(),
                    IdCardNumber.of(first17 + IdCardNumber.checkCharacter(first17)), null, login));
            if (cohort != null) {
                cohorts.enrol(cohort, made);
            }
            return made;
        }));
        return new Trainee(id, caller(login, Role.TRAINEE, tenant.value(), null));
    }

    private <T> T inTenant(Caller who, Supplier<T> work) {
        return TenantContext.call(tenant, () -> as(who, work));
    }
}
