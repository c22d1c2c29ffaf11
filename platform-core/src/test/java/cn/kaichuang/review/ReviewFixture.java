package cn.kaichuang.review;

import static cn.kaichuang.testsupport.SignedIn.as;
import static cn.kaichuang.testsupport.SignedIn.caller;

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
import cn.kaichuang.submission.Submissions;
import cn.kaichuang.tenancy.TenantCode;
import cn.kaichuang.tenancy.TenantContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Sets up reviewed plans for tests that read review results: a cohort of trainees (some submit,
 * some only save), a pool of experts of other institutions, allocation and scores.
 */
public final class ReviewFixture {

    private static final AtomicInteger PEOPLE = new AtomicInteger(800);
    private static final Caller PROVINCE = caller("rf-province", Role.PROVINCE_ADMIN, null, null);

    private final Reviews reviews;
    private final Submissions submissions;
    private final Cohorts cohorts;
    private final Trainees trainees;
    private final Lecturers lecturers;
    private final JdbcClient jdbc;

    public ReviewFixture(Reviews reviews, Submissions submissions, Cohorts cohorts, Trainees trainees,
            Lecturers lecturers, JdbcClient jdbc) {
        this.reviews = reviews;
        this.submissions = submissions;
        this.cohorts = cohorts;
        this.trainees = trainees;
        this.lecturers = lecturers;
        this.jdbc = jdbc;
    }

    /** A cohort, its lecturer and trainees. */
    public record Cohort(CohortId id, String lecturer, List<TraineeId> trainees, List<String> names,
            List<String> usernames) {
    }

    /** Two active experts of {@code other} (other experts are deactivated, so the draw stays here). */
    public void pool(String prefix, TenantCode other) {
        jdbc.sql("update platform.review_expert set active = false").update();
        for (int i = 1; i <= 2; i++) {
            Expert expert = new Expert(prefix + "-expert" + i, "专家" + prefix + i, other.value(), "财务", true);
            as(PROVINCE, () -> {
                reviews.saveExpert(expert);
                return null;
            });
        }
    }

    public Cohort cohort(TenantCode tenant, int size) {
        String lecturer = "rf-lecturer-" + PEOPLE.incrementAndGet();
        CohortId cohort = TenantContext.call(tenant, () -> {
            LecturerId lead = lecturers.register(new NewLecturer("讲师" + PEOPLE.get(), null, "RF-" + PEOPLE.get(),
                    Set.of(CourseType.SYB), lecturer));
            return cohorts.create(new NewCohort("汇总第" + PEOPLE.incrementAndGet() + "期", CourseType.SYB,
                    LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 13),
                    new Venue("长沙市岳麓区麓山南路 2 号", 28.18, 112.94), 30, lead));
        });
        List<TraineeId> ids = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<String> usernames = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            String username = "rf-trainee-" + PEOPLE.incrementAndGet();
            String name = "汇总学员" + PEOPLE.get();
            String first17 = "43010219910417%03d".formatted(PEOPLE.get() % 1000);
            ids.add(TenantContext.call(tenant, () -> {
                TraineeId trainee = trainees.register(new NewTrainee(name,
                        IdCardNumber.of(first17 + IdCardNumber.checkCharacter(first17)), null, username));
                cohorts.enrol(cohort, trainee);
                return trainee;
            }));
            names.add(name);
            usernames.add(username);
        }
        return new Cohort(cohort, lecturer, ids, names, usernames);
    }

    public void submit(TenantCode tenant, Cohort cohort, int index) {
        save(tenant, cohort, index);
        inTenant(tenant, trainee(tenant, cohort, index), () -> submissions.submit(cohort.id()));
    }

    public void save(TenantCode tenant, Cohort cohort, int index) {
        inTenant(tenant, trainee(tenant, cohort, index), () -> submissions.save(cohort.id(), ReviewPlans.bakery()));
    }

    public int allocate(TenantCode tenant, Cohort cohort) {
        return as(PROVINCE, () -> reviews.allocate(tenant, cohort.id(), 11L));
    }

    /** Scores the first-round assignments of a trainee's plan with the given totals, in order. */
    public void score(TenantCode tenant, Cohort cohort, int index, int... totals) {
        String name = cohort.names().get(index);
        long plan = as(PROVINCE, () -> reviews.results(tenant, cohort.id())).stream()
                .filter(r -> r.traineeName().equals(name)).findFirst().orElseThrow().submissionId();
        List<Assignment> assignments = as(PROVINCE, reviews::overview).stream()
                .filter(a -> a.tenant().equals(tenant.value()) && a.submissionId() == plan).toList();
        for (int i = 0; i < totals.length; i++) {
            Assignment a = assignments.get(i);
            Caller expert = caller(a.expert(), Role.EXPERT, null, null);
            List<CriterionScore> sheet = sheet(totals[i]);
            as(expert, () -> reviews.score(a.id(), sheet));
        }
    }

    /** A score sheet of the SYB rubric adding up to {@code total}. */
    static List<CriterionScore> sheet(int total) {
        int[] max = {20, 20, 30, 15, 15};
        String[] keys = {"market", "marketing", "finance", "team", "risk"};
        List<CriterionScore> sheet = new ArrayList<>();
        int left = total;
        for (int i = 0; i < max.length; i++) {
            int share = i == max.length - 1 ? left : Math.min(left, Math.round(total * max[i] / 100f));
            sheet.add(new CriterionScore(keys[i], share, "评语"));
            left -= share;
        }
        return sheet;
    }

    public static Caller lecturer(TenantCode tenant, Cohort cohort) {
        return caller(cohort.lecturer(), Role.LECTURER, tenant.value(), null);
    }

    private static Caller trainee(TenantCode tenant, Cohort cohort, int index) {
        return caller(cohort.usernames().get(index), Role.TRAINEE, tenant.value(), null);
    }

    private static <T> T inTenant(TenantCode tenant, Caller caller, Supplier<T> work) {
        return as(caller, () -> TenantContext.call(tenant, work::get));
    }
}
