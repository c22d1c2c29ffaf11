package cn.kaichuang.followup;

import static cn.kaichuang.testsupport.SignedIn.caller;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kaichuang.cohort.CohortView;
import cn.kaichuang.cohort.Cohorts;
import cn.kaichuang.cohort.CourseType;
import cn.kaichuang.cohort.Ids.CohortId;
import cn.kaichuang.cohort.Lecturers;
import cn.kaichuang.cohort.NewCohort;
import cn.kaichuang.cohort.Trainees;
import cn.kaichuang.cohort.Venue;
import cn.kaichuang.followup.FollowupFixture.Roster;
import cn.kaichuang.identity.AccessRefusedException;
import cn.kaichuang.identity.Caller;
import cn.kaichuang.identity.Role;
import cn.kaichuang.tenancy.TenantCode;
import cn.kaichuang.tenancy.TenantDirectory;
import cn.kaichuang.tenancy.TenantProvisioning;
import cn.kaichuang.testsupport.MutableClock;
import cn.kaichuang.testsupport.PlatformTest;
import cn.kaichuang.testsupport.SignedIn;
import cn.kaichuang.testsupport.TestClockConfiguration;
import cn.kaichuang.testsupport.Tenants;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Model trainees: proposed by an institution, returned and revised, published by the province. */
@PlatformTest
@Import(TestClockConfiguration.class)
class ModelTraineesTest {

    private static final String STORY = "结业后在岳麓区开了一家社区烘焙店，半年内带动五位邻居就业，并通过创业担保贷款扩大了门店。";

    private final ModelTrainees models;
    private final Cohorts cohorts;
    private final MutableClock clock;
    private final FollowupFixture fixture;
    private final TenantCode tenant;
    private final Caller province = caller("model-province", Role.PROVINCE_ADMIN, null, null);

    @Autowired
    ModelTraineesTest(ModelTrainees models, Cohorts cohorts, MutableClock clock, JdbcClient jdbc, Lecturers lecturers,
            Trainees trainees, TenantProvisioning provisioning, TenantDirectory directory) {
        this.models = models;
        this.cohorts = cohorts;
        this.clock = clock;
        this.tenant = Tenants.ensure(provisioning, directory, "model-trainees");
        this.fixture = new FollowupFixture(tenant, lecturers, cohorts, trainees, jdbc, "mt");
    }

    @Test
    void anInstitutionProposesTheProvinceReturnsThenPublishesAndTraineesSeeThePublishedList() {
        Roster roster = fixture.completed(CourseType.SYB, 2, clock.instant());
        Caller admin = fixture.admin();

        assertThatThrownBy(() -> fixture.in(admin, () -> models.propose(roster.cohort(), roster.trainees().get(0),
                "社区烘焙店", "太短"))).hasMessage("followup.model.error.story");
        long id = fixture.in(admin, () -> models.propose(roster.cohort(), roster.trainees().get(0), " 社区烘焙店 ", STORY));
        assertThatThrownBy(() -> fixture.in(admin, () -> models.propose(roster.cohort(), roster.trainees().get(0),
                "再提一次", STORY))).hasMessage("followup.model.error.already");

        ModelTrainee proposed = SignedIn.as(province, models::waiting).stream().filter(m -> m.id() == id)
                .findFirst().orElseThrow();
        assertThat(proposed.title()).isEqualTo("社区烘焙店");
        assertThat(proposed.tenant()).isEqualTo(tenant);
        assertThat(proposed.status()).isEqualTo(ModelTraineeStatus.PROPOSED);
        assertThat(proposed.proposedBy()).isEqualTo(admin.username());
        assertThat(SignedIn.as(caller("model-other", Role.PREFECTURE_ADMIN, null, "431000"), models::waiting))
                .as("another prefecture's").noneMatch(m -> m.id() == id);
        assertThatThrownBy(() -> fixture.in(admin, () -> models.publish(id))).isInstanceOf(AccessRefusedException.class);

        SignedIn.run(province, () -> models.returnWithReason(id, "请补充带动就业的具体情况"));
        ModelTrainee returned = fixture.in(admin, models::ofInstitution).stream().filter(m -> m.id() == id)
                .findFirst().orElseThrow();
        assertThat(returned.status()).isEqualTo(ModelTraineeStatus.RETURNED);
        assertThat(returned.returnReason()).isEqualTo("请补充带动就业的具体情况");
        assertThat(returned.decidedBy()).isEqualTo(province.username());
        assertThatThrownBy(() -> SignedIn.run(province, () -> models.publish(id)))
                .hasMessage("followup.model.error.not-waiting");

        assertThat(fixture.in(admin, () -> models.propose(roster.cohort(), roster.trainees().get(0), "社区烘焙店",
                STORY + "现有员工五人。"))).isEqualTo(id);
        SignedIn.run(province, () -> models.publish(id));

        Caller trainee = caller("anyone-trainee", Role.TRAINEE, "elsewhere", null);
        assertThat(SignedIn.as(trainee, models::published)).filteredOn(m -> m.id() == id).singleElement()
                .satisfies(m -> {
                    assertThat(m.status()).isEqualTo(ModelTraineeStatus.PUBLISHED);
                    assertThat(m.story()).endsWith("现有员工五人。");
                    assertThat(m.institutionName()).isEqualTo("测试机构 model-trainees");
                });
        assertThat(SignedIn.as(province, models::waiting)).noneMatch(m -> m.id() == id);
    }

    @Test
    void onlyTraineesOfACompletedCohortOfTheInstitutionMayBeProposed() {
        Roster roster = fixture.completed(CourseType.GYB, 1, clock.instant());
        Caller admin = fixture.admin();
        CohortId draft = fixture.in(admin, () -> cohorts.create(new NewCohort("未结业班", CourseType.GYB,
                LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 9), new Venue("长沙", 28.1, 112.9), 30,
                roster.lecturer())));
        assertThatThrownBy(() -> fixture.in(admin, () -> models.propose(draft, roster.trainees().getFirst(), "标题",
                STORY))).hasMessage("followup.model.error.not-completed");
        CohortView completed = fixture.in(admin, () -> cohorts.find(roster.cohort())).orElseThrow();
        Roster another = fixture.completed(CourseType.GYB, 1, clock.instant(), roster.lecturer());
        assertThatThrownBy(() -> fixture.in(admin, () -> models.propose(completed.id(), another.trainees().getFirst(),
                "标题", STORY))).as("not in that cohort").hasMessage("followup.error.not-found");
        assertThatThrownBy(() -> fixture.in(roster.trainee(0), () -> models.propose(completed.id(),
                roster.trainees().getFirst(), "标题", STORY))).isInstanceOf(AccessRefusedException.class);
    }
}
