package cn.kaichuang.review;

import static cn.kaichuang.testsupport.SignedIn.as;
import static cn.kaichuang.testsupport.SignedIn.caller;
import static cn.kaichuang.testsupport.SignedIn.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import cn.kaichuang.identity.AccessRefusedException;
import cn.kaichuang.identity.Caller;
import cn.kaichuang.identity.Role;
import cn.kaichuang.storage.testsupport.TestS3Server;

import cn.kaichuang.submission.Submissions;
import cn.kaichuang.tenancy.TenantCode;
import cn.kaichuang.tenancy.TenantContext;
import cn.kaichuang.tenancy.TenantDirectory;
import cn.kaichuang.tenancy.TenantProvisioning;
import cn.kaichuang.testsupport.PlatformTest;
import cn.kaichuang.testsupport.TestClockConfiguration;
import cn.kaichuang.testsupport.Tenants;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Expert review against real PostgreSQL: the pool, blind allocation, scoring and the second round. */
@PlatformTest
@Import(TestClockConfiguration.class)
class ReviewsTest {

    private static final AtomicInteger PEOPLE = new AtomicInteger(700);
    private static final Caller PROVINCE = caller("rv-province", Role.PROVINCE_ADMIN, null, null);

    @DynamicPropertySource
    static void objectStore(DynamicPropertyRegistry registry) {
        TestS3Server.registerProperties(registry);
        registry.add("kaichuang.storage.bucket-prefix",
                () -> "rv" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x10000, 0xFFFFF)) + "-");
    }

    private final Reviews reviews;
    private final Submissions submissions;
    private final Cohorts cohorts;
    private final Trainees trainees;
    private final Lecturers lecturers;
    private final JdbcClient jdbc;
    private final TenantCode tenant;
    private final TenantCode otherA;
    private final TenantCode otherB;
    private final Caller admin;

    @Autowired
    ReviewsTest(Reviews reviews, Submissions submissions, Cohorts cohorts, Trainees trainees, Lecturers lecturers,
            JdbcClient jdbc, TenantProvisioning provisioning, TenantDirectory directory) {
        this.reviews = reviews;
        this.submissions = submissions;
        this.cohorts = cohorts;
        this.trainees = trainees;
        this.lecturers = lecturers;
        this.jdbc = jdbc;
        this.tenant = Tenants.ensure(provisioning, directory, "reviews");
        this.otherA = Tenants.ensure(provisioning, directory, "reviews-a");
        this.otherB = Tenants.ensure(provisioning, directory, "reviews-b");
        this.admin = caller("rv-admin", Role.INSTITUTION_ADMIN, "reviews", null);
    }

    @Test
    void plansGoBlindToTwoExpertsOfOtherInstitutionsOnly() {
        List<Caller> experts = pool("blind");
        CohortId cohort = submittedCohort(3);

        int added = as(admin, () -> reviews.allocate(tenant, cohort, 42L));

        assertThat(added).isEqualTo(6);
        List<PlanResult> results = as(admin, () -> reviews.results(tenant, cohort));
        assertThat(results).hasSize(3).allSatisfy(r -> assertThat(r.reviews()).hasSize(2));
        List<String> assigned = jdbc.sql("select expert_username from platform.review_assignment"
                + " where tenant_code = ? and cohort_id = ?").params(tenant.value(), cohort.value())
                .query(String.class).list();
        assertThat(assigned).as("no expert of the plan's own institution").doesNotContain("rv-own-blind")
                .allMatch(u -> u.startsWith("rv-"));
        // Balanced: six assignments over the three eligible experts of this pool.
        assertThat(assigned.stream().distinct().count()).isEqualTo(3);
        assertThat(as(admin, () -> reviews.allocate(tenant, cohort, 42L))).as("allocated plans keep theirs").isZero();

        Caller expert = experts.stream().filter(e -> !as(e, reviews::mine).isEmpty()).findFirst().orElseThrow();
        Assignment mine = as(expert, reviews::mine).getFirst();
        BlindPlan plan = as(expert, () -> reviews.open(mine.id())).orElseThrow();
        assertThat(plan.planNumber()).startsWith("PS-");
        assertThat(plan.content().founder().name()).isEmpty();
        String everything = plan.toString();
        PlanResult result = results.stream().filter(r -> r.submissionId() == mine.submissionId()).findFirst()
                .orElseThrow();
        assertThat(everything).doesNotContain(result.traineeName()).doesNotContain("4301021990");
        assertThat(plan.rubric()).extracting(Criterion::max).containsExactly(20, 20, 30, 15, 15);
    }

    @Test
    void scoresAreCheckedAndAnotherExpertsAssignmentIsNotFound() {
        List<Caller> experts = pool("score");
        CohortId cohort = submittedCohort(1);
        as(PROVINCE, () -> reviews.allocate(tenant, cohort, 7L));
        List<Assignment> assignments = assignments(cohort);
        Assignment first = assignments.getFirst();
        Caller owner = expertOf(experts, first);
        Caller stranger = experts.stream().filter(e -> !e.username().equals(first.expert())).findFirst().orElseThrow();

        assertThatThrownBy(() -> as(owner, () -> reviews.score(first.id(), sheet(21, 20, 30, 15, 15, "好"))))
                .isInstanceOf(ReviewException.class).hasMessage("review.error.range");
        assertThatThrownBy(() -> as(owner, () -> reviews.score(first.id(), sheet(20, 20, 30, 15, 15, " "))))
                .hasMessage("review.error.comment");
        assertThatThrownBy(() -> as(owner, () -> reviews.score(first.id(),
                sheet(20, 20, 30, 15, 15, "好").subList(0, 4)))).hasMessage("review.error.missing");
        assertThat(assignments(cohort)).allMatch(a -> a.state() == AssignmentState.ASSIGNED);

        long before = refusals();
        assertThat(as(stranger, () -> reviews.open(first.id()))).isEmpty();
        assertThatThrownBy(() -> as(stranger, () -> reviews.score(first.id(), sheet(20, 20, 30, 15, 15, "好"))))
                .hasMessage("review.error.not-found");
        assertThat(refusals()).isEqualTo(before + 2);
        assertThat(jdbc.sql("select subject_type from platform.audit_entry order by seq desc limit 1")
                .query(String.class).single()).isEqualTo("review-assignment");

        assertThat(as(owner, () -> reviews.score(first.id(), sheet(18, 17, 25, 12, 13, "论证充分")))).isEqualTo(85);
        assertThatThrownBy(() -> run(admin, () -> reviews.saveExpert(new Expert("x", "x", "reviews", "", true))))
                .isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void disagreeingScoresCallInAThirdExpertAndTheClosestPairGrades() {
        List<Caller> experts = pool("round");
        CohortId cohort = submittedCohort(1);
        as(admin, () -> reviews.allocate(tenant, cohort, 99L));
        List<Assignment> firstRound = assignments(cohort);
        as(expertOf(experts, firstRound.get(0)), () -> reviews.score(firstRound.get(0).id(),
                sheet(18, 18, 27, 14, 13, "好"))); // 90
        as(expertOf(experts, firstRound.get(1)), () -> reviews.score(firstRound.get(1).id(),
                sheet(12, 12, 18, 9, 9, "一般"))); // 60

        List<Assignment> all = assignments(cohort);
        assertThat(all).hasSize(3);
        Assignment third = all.getLast();
        assertThat(third.round()).isEqualTo(2);
        assertThat(third.expert()).isNotIn(firstRound.get(0).expert(), firstRound.get(1).expert(), "rv-own-round");
        assertThat(as(admin, () -> reviews.results(tenant, cohort)).getFirst().grade()).as("unsettled").isNull();
        assertThat(planResults(cohort)).as("nothing for certificates while unsettled").isEmpty();

        as(expertOf(experts, third), () -> reviews.score(third.id(), sheet(17, 17, 26, 13, 13, "较好"))); // 86
        PlanResult result = as(admin, () -> reviews.results(tenant, cohort)).getFirst();
        assertThat(result.finalScore()).isEqualTo(88);
        assertThat(result.grade()).isEqualTo(Grade.EXCELLENT);
        assertThat(result.reviews()).hasSize(3).allMatch(r -> r.scores().size() == 5);
        assertThat(planResults(cohort)).as("what certificates read as plan passed").containsExactly(true);
    }

    private List<Boolean> planResults(CohortId cohort) {
        return jdbc.sql("select passed from " + tenant.schemaName() + ".assessment_result where kind = 'PLAN'"
                + " and cohort_id = ?").param(cohort.value()).query(Boolean.class).list();
    }

    @Test
    void gradesAndFinalScores() {
        assertThat(Grade.of(85)).isEqualTo(Grade.EXCELLENT);
        assertThat(Grade.of(84)).isEqualTo(Grade.PASS);
        assertThat(Grade.of(60)).isEqualTo(Grade.PASS);
        assertThat(Grade.of(59)).isEqualTo(Grade.FAIL);
        assertThat(Reviews.finalScore(List.of(80, 70), false, 15)).isEqualTo(75);
        assertThat(Reviews.finalScore(List.of(80, 64), false, 15)).as("waits for the third").isNull();
        assertThat(Reviews.finalScore(List.of(80, 64, 70), true, 15)).as("64 and 70 closest").isEqualTo(67);
        assertThat(Reviews.finalScore(List.of(80), false, 15)).isNull();
    }

    private long refusals() {
        return jdbc.sql("select count(*) from platform.audit_entry where action = 'access.refused'")
                .query(Long.class).single();
    }

    private List<Assignment> assignments(CohortId cohort) {
        return as(PROVINCE, reviews::overview).stream()
                .filter(a -> a.tenant().equals(tenant.value()) && a.cohortId() == cohort.value()).toList();
    }

    private static Caller expertOf(List<Caller> experts, Assignment a) {
        return experts.stream().filter(e -> e.username().equals(a.expert())).findFirst().orElseThrow();
    }

    private static List<CriterionScore> sheet(int market, int marketing, int finance, int team, int risk,
            String comment) {
        return new ArrayList<>(List.of(new CriterionScore("market", market, comment),
                new CriterionScore("marketing", marketing, comment), new CriterionScore("finance", finance, comment),
                new CriterionScore("team", team, comment), new CriterionScore("risk", risk, comment)));
    }

    /**
     * A fresh pool for one test: the other tests' experts are deactivated so that draws and load stay
     * within it. Three experts of other institutions, one of the plans' own.
     */
    private List<Caller> pool(String name) {
        jdbc.sql("update platform.review_expert set active = false where username like 'rv-%'").update();
        List<Caller> callers = new ArrayList<>();
        for (String[] e : List.of(new String[] {"rv-a1-" + name, otherA.value()},
                new String[] {"rv-a2-" + name, otherA.value()}, new String[] {"rv-b1-" + name, otherB.value()},
                new String[] {"rv-own-" + name, tenant.value()})) {
            as(PROVINCE, () -> {
                reviews.saveExpert(new Expert(e[0], "专家" + e[0], e[1], "财务", true));
                return null;
            });
            callers.add(caller(e[0], Role.EXPERT, e[1], null));
        }
        return callers;
    }

    private CohortId submittedCohort(int size) {
        String lecturerUsername = "rv-lecturer-" + PEOPLE.incrementAndGet();
        CohortId cohort = TenantContext.call(tenant, () -> {
            LecturerId lead = lecturers.register(new NewLecturer("讲师" + PEOPLE.get(), null, "RV-" + PEOPLE.get(),
                    Set.of(CourseType.SYB), lecturerUsername));
            return cohorts.create(new NewCohort("评审第" + PEOPLE.incrementAndGet() + "期", CourseType.SYB,
                    LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 13),
                    new Venue("长沙市岳麓区麓山南路 2 号", 28.18, 112.94), 30, lead));
        });
        for (int i = 0; i < size; i++) {
            String username = "rv-trainee-" + PEOPLE.incrementAndGet();
            String first17 = "43010219900316%03d".formatted(PEOPLE.get() % 1000);
            TenantContext.run(tenant, () -> {
                TraineeId trainee = trainees.register(new NewTrainee("学员" + PEOPLE.get(),
                        IdCardNumber.of(first17 + IdCardNumber.checkCharacter(first17)), null, username));
                cohorts.enrol(cohort, trainee);
            });
            Caller trainee = caller(username, Role.TRAINEE, tenant.value(), null);
            inTenant(trainee, () -> submissions.save(cohort, ReviewPlans.bakery()));
            inTenant(trainee, () -> submissions.submit(cohort));
        }
        return cohort;
    }

    private <T> T inTenant(Caller caller, Supplier<T> work) {
        return as(caller, () -> TenantContext.call(tenant, work::get));
    }
}
