package cn.kaichuang.identity;

import static cn.kaichuang.testsupport.SignedIn.as;
import static cn.kaichuang.testsupport.SignedIn.caller;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kaichuang.audit.AuditEntry;
import cn.kaichuang.audit.AuditTrail;
import cn.kaichuang.cohort.CohortView;
import cn.kaichuang.cohort.Cohorts;
import cn.kaichuang.cohort.Ids.CohortId;
import cn.kaichuang.cohort.Trainees;
import cn.kaichuang.cohort.TraineeView;
import cn.kaichuang.supervision.StatisticsSnapshots;
import cn.kaichuang.supervision.SupervisedInstitution;
import cn.kaichuang.supervision.SupervisedInstitutions;
import cn.kaichuang.supervision.TenantStatistics;
import cn.kaichuang.tenancy.TenantContext;
import cn.kaichuang.testsupport.PlatformTest;
import cn.kaichuang.testsupport.SignedIn;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * One test per refusal of DESIGN §4's scopes, each against the real services and PostgreSQL:
 * the refused caller gets "not found" or nothing, the permitted one gets the data (so a test
 * cannot pass by refusing everyone), and the refusal lands in the platform audit chain.
 */
@PlatformTest
@Import(AuthzFixture.class)
class AccessRefusalsTest {

    private final AuthzFixture fixture;
    private final Cohorts cohorts;
    private final Trainees trainees;
    private final SupervisedInstitutions institutions;
    private final StatisticsSnapshots statistics;
    private final AuditTrail audit;
    private final LocalAccounts accounts;

    @Autowired
    AccessRefusalsTest(AuthzFixture fixture, Cohorts cohorts, Trainees trainees, SupervisedInstitutions institutions,
            StatisticsSnapshots statistics, AuditTrail audit, LocalAccounts accounts) {
        this.fixture = fixture.ensure();
        this.cohorts = cohorts;
        this.trainees = trainees;
        this.institutions = institutions;
        this.statistics = statistics;
        this.audit = audit;
        this.accounts = accounts;
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aTraineeSeesThemselfButNotAnotherTrainee() {
        Caller trainee = caller(AuthzFixture.TRAINEE_1, Role.TRAINEE, fixture.a().value(), null);
        long before = lastSeq();
        inA(trainee, () -> {
            assertThat(trainees.find(fixture.trainee1())).map(TraineeView::name).contains("甲学员");
            assertThat(trainees.find(fixture.trainee2())).isEmpty();
            assertThat(trainees.page(PageRequest.of(0, 50))).extracting(TraineeView::id)
                    .containsExactly(fixture.trainee1());
            assertThat(cohorts.enrolledBy(fixture.trainee1())).extracting(CohortView::id)
                    .containsExactly(fixture.cohort1());
            assertThat(cohorts.enrolledBy(fixture.trainee2())).isEmpty();
            assertThat(cohorts.roster(fixture.cohort1())).isEmpty();
            return null;
        });
        assertThat(refusalsSince(before)).extracting(AuditEntry::subjectType)
                .contains("trainee", "cohort-roster");
        assertThat(refusalsSince(before)).extracting(AuditEntry::actor).containsOnly(AuthzFixture.TRAINEE_1);
    }

    @Test
    void aLecturerReadsTheirOwnCohortButNotAColleagues() {
        Caller lecturer = caller(AuthzFixture.LECTURER_1, Role.LECTURER, fixture.a().value(), null);
        long before = lastSeq();
        inA(lecturer, () -> {
            assertThat(cohorts.all()).extracting(CohortView::id).containsExactly(fixture.cohort1());
            assertThat(cohorts.find(fixture.cohort1())).isPresent();
            assertThat(cohorts.find(fixture.cohort2())).isEmpty();
            assertThat(cohorts.roster(fixture.cohort2())).isEmpty();
            assertThat(trainees.find(fixture.trainee1())).isPresent();
            assertThat(trainees.find(fixture.trainee2())).isEmpty();
            return null;
        });
        assertThat(refusalsSince(before)).extracting(AuditEntry::subjectId)
                .contains(fixture.a().value() + "/" + fixture.cohort2().value());
    }

    @Test
    void anInstitutionAdminGetsNothingOfAnotherInstitutionByContextOrCode() {
        Caller adminOfA = caller("authz-admin-a", Role.INSTITUTION_ADMIN, fixture.a().value(), null);
        long before = lastSeq();
        TenantContext.run(fixture.b(), () -> as(adminOfA, () -> {
            assertThat(trainees.find(fixture.traineeOfB())).isEmpty();
            assertThat(trainees.page(PageRequest.of(0, 50))).isEmpty();
            assertThat(cohorts.all()).isEmpty();
            assertThatThrownBy(() -> cohorts.enrol(new CohortId(1), fixture.traineeOfB()))
                    .isInstanceOf(AccessRefusedException.class);
            return null;
        }));
        assertThat(as(adminOfA, () -> institutions.find(fixture.b()))).isEmpty();
        assertThat(as(adminOfA, () -> audit.recent(fixture.b(), "", 10))).isEmpty();
        assertThat(as(adminOfA, () -> audit.recent(fixture.a(), "", 10))).isNotEmpty();
        inA(adminOfA, () -> assertThat(trainees.page(PageRequest.of(0, 50))).hasSize(2));
        assertThat(refusalsSince(before)).extracting(AuditEntry::subjectId)
                .contains(fixture.b().value() + "/*", "-/" + fixture.b().value());
    }

    @Test
    void aPrefectureSeesItsRegionOnly() {
        Caller changsha = caller("authz-changsha", Role.PREFECTURE_ADMIN, null, "430100");
        statistics.refreshAll();
        long before = lastSeq();
        as(changsha, () -> {
            assertThat(institutions.find(fixture.a())).isPresent();
            assertThat(institutions.find(fixture.b())).isEmpty();
            assertThat(institutions.visible()).extracting(i -> i.tenant().code())
                    .contains(fixture.a()).doesNotContain(fixture.b());
            assertThat(statistics.latest()).extracting(TenantStatistics::tenant)
                    .contains(fixture.a()).doesNotContain(fixture.b());
            TenantContext.run(fixture.b(), () -> assertThat(trainees.find(fixture.traineeOfB())).isEmpty());
            return null;
        });
        assertThat(refusalsSince(before)).extracting(AuditEntry::subjectType).contains("institution", "trainee");
    }

    @Test
    void theProvinceReadsEverythingButWritesNothing() {
        Caller province = caller("authz-province", Role.PROVINCE_ADMIN, null, null);
        long before = lastSeq();
        inA(province, () -> {
            assertThat(cohorts.all()).hasSize(2);
            assertThatThrownBy(() -> cohorts.enrol(fixture.cohort2(), fixture.trainee1()))
                    .isInstanceOf(AccessRefusedException.class);
            return null;
        });
        assertThat(as(province, () -> institutions.find(fixture.b()))).map(SupervisedInstitution::tenant)
                .isPresent();
        inA(Caller.SYSTEM, () -> assertThat(cohorts.roster(fixture.cohort2())).doesNotContain(fixture.trainee1()));
        assertThat(refusalsSince(before)).extracting(AuditEntry::subjectType).contains("cohort.enrol");
    }

    @Test
    void anAnonymousPrincipalIsRefusedEverywhere() {
        SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("key", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        long before = lastSeqAsSystemThenRestore();
        assertThatThrownBy(() -> TenantContext.call(fixture.a(), cohorts::all))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(institutions::visible).isInstanceOf(AccessRefusedException.class);
        SecurityContextHolder.clearContext();
        assertThat(refusalsSince(before)).extracting(AuditEntry::subjectId).contains("-/anonymous");
    }

    @Test
    void onlyTheirAdminOpensAccountsOfAnInstitution() {
        NewAccount lecturerOfA = new NewAccount("authz-new-lecturer", "新讲师", "Kaichuang@2026", Role.LECTURER,
                fixture.a(), null);
        Caller lecturer = caller(AuthzFixture.LECTURER_1, Role.LECTURER, fixture.a().value(), null);
        Caller adminOfB = caller("authz-admin-b", Role.INSTITUTION_ADMIN, fixture.b().value(), null);
        assertThatThrownBy(() -> as(lecturer, () -> accounts.create(lecturerOfA)))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> as(adminOfB, () -> accounts.create(lecturerOfA)))
                .isInstanceOf(AccessRefusedException.class);
        Caller adminOfA = caller("authz-admin-a", Role.INSTITUTION_ADMIN, fixture.a().value(), null);
        assertThat(as(adminOfA, () -> accounts.create(lecturerOfA)).tenant()).isEqualTo(fixture.a());
    }

    private <T> T inA(Caller caller, Supplier<T> work) {
        return TenantContext.call(fixture.a(), () -> caller.isSystem() ? work.get() : SignedIn.as(caller, work));
    }

    private void inA(Caller caller, Runnable work) {
        inA(caller, () -> {
            work.run();
            return null;
        });
    }

    private long lastSeq() {
        return audit.recent(null, "", 1).stream().mapToLong(AuditEntry::seq).max().orElse(0);
    }

    private long lastSeqAsSystemThenRestore() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.clearContext();
        long seq = lastSeq();
        SecurityContextHolder.getContext().setAuthentication(authentication);
        return seq;
    }

    private List<AuditEntry> refusalsSince(long seq) {
        return audit.recent(null, "access.refused", 200).stream().filter(e -> e.seq() > seq).toList();
    }
}
