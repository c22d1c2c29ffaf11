package cn.kaichuang.identity;

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
import cn.kaichuang.cohort.TraineeView;
import cn.kaichuang.cohort.Venue;
import cn.kaichuang.crypto.IdCardNumber;
import cn.kaichuang.tenancy.TenantCode;
import cn.kaichuang.tenancy.TenantContext;
import cn.kaichuang.tenancy.TenantDirectory;
import cn.kaichuang.tenancy.TenantProvisioning;
import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.test.context.TestComponent;

/**
 * Two institutions in different prefectures: A (430100) with two lecturers, each leading a
 * cohort with one trainee, and B (430200) with one trainee. Built once per context, as the
 * platform (no authentication), the way the seeder and the CLI work.
 */
@TestComponent
class AuthzFixture {

    static final String LECTURER_1 = "authz-lecturer-1";
    static final String TRAINEE_1 = "authz-trainee-1";
    private static final Venue VENUE = new Venue("长沙市岳麓区麓山南路 1 号", 28.1756, 112.9388);

    private final TenantProvisioning provisioning;
    private final TenantDirectory directory;
    private final Lecturers lecturers;
    private final Cohorts cohorts;
    private final Trainees trainees;
    private @Nullable Ids ids;

    AuthzFixture(TenantProvisioning provisioning, TenantDirectory directory, Lecturers lecturers, Cohorts cohorts,
            Trainees trainees) {
        this.provisioning = provisioning;
        this.directory = directory;
        this.lecturers = lecturers;
        this.cohorts = cohorts;
        this.trainees = trainees;
    }

    record Ids(TenantCode a, TenantCode b, CohortId cohort1, CohortId cohort2, TraineeId trainee1,
            TraineeId trainee2, TraineeId traineeOfB) {
    }

    AuthzFixture ensure() {
        if (ids == null) {
            ids = build();
        }
        return this;
    }

    private Ids build() {
        TenantCode a = TenantCode.of("authz-a");
        TenantCode b = TenantCode.of("authz-b");
        if (directory.find(a).isEmpty()) {
            provisioning.create(a, "授权测试机构甲", "430102");
            provisioning.create(b, "授权测试机构乙", "430200");
            TenantContext.run(a, () -> {
                LecturerId l1 = lecturers.register(new NewLecturer("甲讲师", null, "Q-1", Set.of(CourseType.SYB), LECTURER_1));
                LecturerId l2 = lecturers.register(new NewLecturer("乙讲师", null, "Q-2", Set.of(CourseType.SYB), "authz-lecturer-2"));
                CohortId c1 = cohorts.create(cohort("甲班", l1));
                CohortId c2 = cohorts.create(cohort("乙班", l2));
                cohorts.enrol(c1, trainees.register(new NewTrainee("甲学员", idCard("43010219900101001"), null, TRAINEE_1)));
                cohorts.enrol(c2, trainees.register(new NewTrainee("乙学员", idCard("43010219900101002"), null, "authz-trainee-2")));
            });
            TenantContext.run(b, () -> trainees.register(
                    new NewTrainee("丙学员", idCard("43020219900101003"), null, "authz-trainee-b")));
        }
        return TenantContext.call(a, () -> new Ids(a, b,
                cohortNamed("甲班"), cohortNamed("乙班"), traineeNamed(TRAINEE_1), traineeNamed("authz-trainee-2"),
                TenantContext.call(b, () -> traineeNamed("authz-trainee-b"))));
    }

    private CohortId cohortNamed(String name) {
        return cohorts.all().stream().filter(c -> c.name().equals(name)).map(CohortView::id).findFirst().orElseThrow();
    }

    private TraineeId traineeNamed(String username) {
        return trainees.findByUsername(username).map(TraineeView::id).orElseThrow();
    }

    private static NewCohort cohort(String name, LecturerId lead) {
        return new NewCohort(name, CourseType.SYB, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 10), VENUE, 30, lead);
    }

    private static IdCardNumber idCard(String first17) {
        return IdCardNumber.of(first17 + IdCardNumber.checkCharacter(first17));
    }

    TenantCode a() {
        return ids().a();
    }

    TenantCode b() {
        return ids().b();
    }

    CohortId cohort1() {
        return ids().cohort1();
    }

    CohortId cohort2() {
        return ids().cohort2();
    }

    TraineeId trainee1() {
        return ids().trainee1();
    }

    TraineeId trainee2() {
        return ids().trainee2();
    }

    TraineeId traineeOfB() {
        return ids().traineeOfB();
    }

    private Ids ids() {
        if (ids == null) {
            throw new IllegalStateException("Call ensure() first");
        }
        return ids;
    }
}
