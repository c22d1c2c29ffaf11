package cn.kaichuang.app.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.kaichuang.app.AppTest;
import cn.kaichuang.cohort.CohortPlans;
import cn.kaichuang.cohort.CohortStatus;
import cn.kaichuang.cohort.CohortView;
import cn.kaichuang.cohort.CohortWorkflow;
import cn.kaichuang.cohort.TransitionView;
import cn.kaichuang.cohort.Cohorts;
import cn.kaichuang.cohort.Lecturers;
import cn.kaichuang.cohort.TraineeView;
import cn.kaichuang.cohort.Trainees;
import cn.kaichuang.crypto.IdCardNumber;
import cn.kaichuang.identity.Account;
import cn.kaichuang.identity.LocalAccounts;
import cn.kaichuang.identity.Role;
import cn.kaichuang.institution.Institutions;
import cn.kaichuang.lecturer.Activity;
import cn.kaichuang.lecturer.DevelopmentActivities;
import cn.kaichuang.lecturer.LecturerPool;
import cn.kaichuang.supervision.StatisticsSnapshots;
import cn.kaichuang.tenancy.Tenant;
import cn.kaichuang.tenancy.TenantCode;
import cn.kaichuang.tenancy.TenantContext;
import cn.kaichuang.tenancy.TenantDirectory;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The demo seeded at start-up, through the core's services, into a real PostgreSQL. */
@AppTest
class DemoSeederTest {

    @Autowired
    DemoSeeder seeder;
    @Autowired
    TenantDirectory tenants;
    @Autowired
    Lecturers lecturers;
    @Autowired
    Cohorts cohorts;
    @Autowired
    Trainees trainees;
    @Autowired
    LocalAccounts accounts;
    @Autowired
    StatisticsSnapshots statistics;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Institutions institutions;
    @Autowired
    LecturerPool pool;
    @Autowired
    DevelopmentActivities development;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    CohortPlans plans;
    @Autowired
    CohortWorkflow workflow;
    @Autowired
    cn.kaichuang.exam.Attempts attempts;
    @Autowired
    cn.kaichuang.review.Reviews reviews;

    @Test
    void seedsThreeInstitutionsInDifferentPrefectures() {
        List<Tenant> all = tenants.all();
        assertThat(all).hasSize(3);
        assertThat(all).extracting(Tenant::regionCode).containsExactlyInAnyOrder("430100", "430200", "430300");
        assertThat(all).allMatch(Tenant::isActive);
    }

    @Test
    void eachInstitutionHasTwoLecturersItsCohortsAndTwentyFiveTrainees() {
        for (Tenant tenant : tenants.all()) {
            TenantContext.run(tenant.code(), () -> {
                assertThat(lecturers.all()).hasSize(2);
                List<CohortView> all = cohorts.all();
                assertThat(all).extracting(CohortView::name).containsExactlyInAnyOrderElementsOf(cohortNames(tenant));
                assertThat(all).allSatisfy(cohort -> {
                    assertThat(cohort.capacity()).isEqualTo(30);
                    assertThat(cohort.enrolled()).isPositive();
                    assertThat(cohort.leadLecturer()).isNotNull();
                });
                assertThat(trainees.count()).isEqualTo(25);
            });
        }
    }

    @Test
    void traineesHaveValidIdNumbersFromTheirPrefecture() {
        for (Tenant tenant : tenants.all()) {
            List<TraineeView> page = TenantContext.call(tenant.code(),
                    () -> trainees.page(PageRequest.of(0, 100)).getContent());
            assertThat(page).hasSize(25).allSatisfy(trainee -> {
                assertThat(IdCardNumber.isValid(trainee.idCard().value())).isTrue();
                assertThat(trainee.idCard().value()).startsWith(tenant.regionCode().substring(0, 4));
                assertThat(trainee.phone()).matches("1[3-9]\\d{9}");
            });
            assertThat(page).extracting(t -> t.idCard().value()).doesNotHaveDuplicates();
        }
    }

    @Test
    void idNumbersAndPhonesAreStoredAsCiphertext() {
        for (Tenant tenant : tenants.all()) {
            List<Map<String, Object>> rows = jdbc.sql("select id_card, phone from " + tenant.schema() + ".trainee")
                    .query().listOfRows();
            assertThat(rows).hasSize(25).allSatisfy(row -> {
                assertThat((String) row.get("id_card")).startsWith("k1:").doesNotContainPattern("\\d{17}[\\dX]");
                assertThat((String) row.get("phone")).startsWith("k1:").doesNotContainPattern("1[3-9]\\d{9}");
            });
        }
    }

    @Test
    void oneAccountPerRoleWithTheDemoPassword() {
        assertThat(accounts.count()).isEqualTo(7);
        Map<Role, Account> byRole = DemoAccounts.ALL.stream()
                .map(demo -> accounts.findByUsername(demo.username()).orElseThrow())
                .collect(Collectors.toMap(Account::role, account -> account));
        assertThat(byRole).containsOnlyKeys(Role.values());
        TenantCode first = DemoData.first().code();
        assertThat(byRole.get(Role.PROVINCE_ADMIN).tenant()).isNull();
        assertThat(byRole.get(Role.PREFECTURE_ADMIN).regionCode()).isEqualTo("430100");
        for (Role role : List.of(Role.INSTITUTION_ADMIN, Role.LECTURER, Role.EXPERT, Role.MENTOR, Role.TRAINEE)) {
            assertThat(byRole.get(role).tenant()).isEqualTo(first);
        }
        String hash = accounts.passwordHash("admin1").orElseThrow();
        assertThat(passwords.matches(DemoAccounts.PASSWORD, hash)).isTrue();
    }

    @Test
    void lecturerAndTraineeAccountsAreLinkedToRecordsOfTheFirstInstitution() {
        TenantContext.run(DemoData.first().code(), () -> {
            TraineeView trainee = trainees.findByUsername("trainee1").orElseThrow();
            assertThat(accounts.findByUsername("trainee1").orElseThrow().displayName()).isEqualTo(trainee.name());
            assertThat(cohorts.enrolledBy(trainee.id())).hasSize(3);
            assertThat(lecturers.all()).anySatisfy(l -> assertThat(l.username()).isEqualTo("lecturer1"));
        });
    }

    @Test
    void statisticsAreTakenRightAfterSeeding() {
        // The first institution has two more cohorts: 12 trainees completed one, 5 wait for the draft.
        assertThat(statistics.latest()).hasSize(3).allSatisfy(s -> {
            boolean first = s.tenant().equals(DemoData.first().code());
            assertThat(s.trainees()).isEqualTo(25);
            assertThat(s.cohorts()).isEqualTo(first ? 4 : 2);
            assertThat(s.lecturers()).isEqualTo(2);
            assertThat(s.enrolments()).isEqualTo(first ? 26 + 12 + 5 : 26);
        });
    }

    @Test
    void seedingAgainChangesNothing() {
        assertThat(seeder.needed()).isFalse();
        seeder.seed();
        assertThat(tenants.all()).hasSize(3);
        assertThat(accounts.count()).isEqualTo(7);
        for (Tenant tenant : tenants.all()) {
            TenantContext.run(tenant.code(), () -> {
                assertThat(trainees.count()).isEqualTo(25);
                assertThat(cohorts.all()).hasSize(cohortNames(tenant).size())
                        .allSatisfy(c -> assertThat(c.enrolled()).isIn(5, 11, 12, 15));
                assertThat(lecturers.all()).hasSize(2);
            });
        }
    }

    @Test
    void institutionsHaveProfilesAndLecturersADevelopmentRecord() {
        assertThat(institutions.visible()).hasSize(3).allSatisfy(i -> {
            assertThat(i.profile().contactPerson()).isNotBlank();
            assertThat(i.profile().annualCapacity()).isPositive();
            assertThat(i.profile().approvedCourseTypes()).isNotEmpty();
        });
        assertThat(pool.visible("", null)).hasSizeGreaterThanOrEqualTo(6);
        assertThat(development.all()).extracting(Activity::title)
                .contains("2026年湖南省 SYB 讲师能力提升研修班", "网络创业培训讲师线上教研活动");
        assertThat(development.all()).filteredOn(a -> a.title().startsWith("2026年湖南省"))
                .singleElement().satisfies(a -> assertThat(a.attended()).isEqualTo(2));
    }

    @Test
    void theFirstInstitutionsCohortsStandInEveryStateTheDemoNeeds() {
        TenantContext.run(DemoData.first().code(), () -> {
            Map<String, CohortStatus> statuses = cohorts.all().stream()
                    .collect(Collectors.toMap(CohortView::name, CohortView::status));
            assertThat(statuses).containsEntry("2026年第12期 SYB 创业培训班", CohortStatus.RUNNING)
                    .containsEntry("2026年第13期 GYB 创业意识培训班", CohortStatus.SUBMITTED)
                    .containsEntry("2026年第11期 SYB 创业培训班", CohortStatus.COMPLETED)
                    .containsEntry("2026年第14期 SYB 创业培训班", CohortStatus.DRAFT);
            CohortView running = cohorts.all().stream().filter(c -> c.status() == CohortStatus.RUNNING).findFirst()
                    .orElseThrow();
            assertThat(plans.sessions(running.id())).isNotEmpty();
            assertThat(workflow.history(running.id())).extracting(TransitionView::to, TransitionView::actor)
                    .containsExactly(tuple(CohortStatus.SUBMITTED, "admin1"), tuple(CohortStatus.APPROVED, "changsha"),
                            tuple(CohortStatus.RUNNING, "admin1"));
            CohortView completed = cohorts.all().stream().filter(c -> c.status() == CohortStatus.COMPLETED)
                    .findFirst().orElseThrow();
            assertThat(completed.endDate()).isBefore(java.time.LocalDate.now());
            assertThat(completed.enrolled()).isEqualTo(12);
        });
        // Waiting in changsha's queue: the prefecture admin of the first institution's region.
        assertThat(jdbc.sql("select cohort_name from platform.cohort_application where state = 'SUBMITTED'"
                + " and region_code = '430100'").query(String.class).list()).contains("2026年第13期 GYB 创业意识培训班");
        // The other institutions' cohorts stay drafts.
        for (Tenant tenant : tenants.all()) {
            if (!tenant.code().equals(DemoData.first().code())) {
                TenantContext.run(tenant.code(), () -> assertThat(cohorts.all())
                        .allSatisfy(c -> assertThat(c.status()).isEqualTo(CohortStatus.DRAFT)));
            }
        }
    }

    @Test
    void trainee1FindsAnOpenExamOfTheRunningCohort() {
        cn.kaichuang.identity.Caller trainee = cn.kaichuang.testsupport.SignedIn.caller("trainee1",
                cn.kaichuang.identity.Role.TRAINEE, DemoData.first().code().value(), null);
        TenantContext.run(DemoData.first().code(), () -> cn.kaichuang.testsupport.SignedIn.run(trainee,
                () -> assertThat(attempts.mine()).anySatisfy(e -> {
                    assertThat(e.sitting().name()).isEqualTo(DemoExams.SITTING);
                    assertThat(e.sitting().cohortName()).isEqualTo("2026年第12期 SYB 创业培训班");
                    assertThat(e.sitting().totalScore()).isEqualTo(100);
                    assertThat(e.sitting().openAt(java.time.Instant.now())).isTrue();
                })));
    }

    @Test
    void expert1FindsTwoPlansOfAnotherInstitutionToScoreAndCanReadThem() {
        cn.kaichuang.identity.Caller expert = cn.kaichuang.testsupport.SignedIn.caller("expert1",
                cn.kaichuang.identity.Role.EXPERT, DemoData.first().code().value(), null);
        // As the web layer would call: in the expert's own institution, the plans in 株洲's.
        TenantContext.run(DemoData.first().code(), () -> cn.kaichuang.testsupport.SignedIn.run(expert, () -> {
            List<cn.kaichuang.review.Assignment> zhuzhou = reviews.mine().stream()
                    .filter(a -> a.tenant().equals("zhuzhou-yandi")).toList();
            assertThat(zhuzhou).hasSize(2);
            assertThat(zhuzhou).allSatisfy(a -> assertThat(reviews.open(a.id())).isPresent());
        }));
    }

    private static List<String> cohortNames(Tenant tenant) {
        return DemoData.INSTITUTIONS.stream().filter(i -> i.code().equals(tenant.code())).findFirst().orElseThrow()
                .cohorts().stream().map(DemoInstitution.Cohort::name).toList();
    }
}
