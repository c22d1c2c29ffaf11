package cn.kaichuang.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kaichuang.audit.AuditEntry;
import cn.kaichuang.audit.AuditTrail;
import cn.kaichuang.cohort.Ids.CohortId;
import cn.kaichuang.cohort.Ids.TraineeId;
import cn.kaichuang.crypto.BlindIndex;
import cn.kaichuang.crypto.IdCardNumber;
import cn.kaichuang.identity.AccessRefusedException;
import cn.kaichuang.identity.Caller;
import cn.kaichuang.identity.Role;
import cn.kaichuang.tenancy.TenantCode;
import cn.kaichuang.tenancy.TenantContext;
import cn.kaichuang.tenancy.TenantDirectory;
import cn.kaichuang.tenancy.TenantProvisioning;
import cn.kaichuang.testsupport.PlatformTest;
import cn.kaichuang.testsupport.SignedIn;
import cn.kaichuang.testsupport.Tenants;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One person trained at two institutions of 长沙 (430100) and one of 株洲 (430200): the province
 * sees all three, 长沙's prefecture two, an institution's admin nothing.
 */
@PlatformTest
class PeopleTest {

    private static final Venue VENUE = new Venue("长沙市岳麓区麓山南路 1 号", 28.1756, 112.9388);
    private static final IdCardNumber PERSON = IdCardNumber.of(Rosters.id("43010219870707901"));
    private static final IdCardNumber ZHUZHOU_ONLY = IdCardNumber.of(Rosters.id("43020219870707902"));
    private static final Caller PROVINCE = SignedIn.caller("prov", Role.PROVINCE_ADMIN, null, "430000");
    private static final Caller CHANGSHA = SignedIn.caller("cs", Role.PREFECTURE_ADMIN, null, "430100");

    private final People people;
    private final Trainees trainees;
    private final Cohorts cohorts;
    private final AuditTrail audit;
    private final BlindIndex blindIndex;
    private final TenantCode a;
    private final TenantCode b;
    private final TenantCode zhuzhou;

    @Autowired
    PeopleTest(People people, Trainees trainees, Cohorts cohorts, AuditTrail audit, BlindIndex blindIndex,
            JdbcClient jdbc, TenantProvisioning provisioning, TenantDirectory directory) {
        this.people = people;
        this.trainees = trainees;
        this.cohorts = cohorts;
        this.audit = audit;
        this.blindIndex = blindIndex;
        this.a = Tenants.ensure(provisioning, directory, "people-a");
        this.b = Tenants.ensure(provisioning, directory, "people-b");
        this.zhuzhou = TenantCode.of("people-zz");
        if (directory.find(zhuzhou).isEmpty()) {
            provisioning.create(zhuzhou, "株洲测试机构", "430200");
            TenantContext.run(a, () -> train("刘备", PERSON, "GYB 长沙一期", CourseType.GYB, LocalDate.of(2025, 3, 1)));
            TenantContext.run(b, () -> train("刘备", PERSON, "SYB 长沙二期", CourseType.SYB, LocalDate.of(2026, 5, 1)));
            TenantContext.run(zhuzhou, () -> train("刘玄德", PERSON, "IYB 株洲一期", CourseType.IYB,
                    LocalDate.of(2026, 9, 1)));
            TenantContext.run(zhuzhou, () -> train("刘禅", ZHUZHOU_ONLY, "GYB 株洲二期", CourseType.GYB,
                    LocalDate.of(2026, 10, 1)));
        }
    }

    private void train(String name, IdCardNumber idCard, String cohortName, CourseType type, LocalDate start) {
        TraineeId trainee = trainees.register(new NewTrainee(name, idCard, null, null));
        CohortId cohort = cohorts.create(new NewCohort(cohortName, type, start, start.plusDays(5), VENUE, 30, null));
        cohorts.enrol(cohort, trainee);
    }

    @Test
    void theProvinceRecognisesOnePersonAcrossInstitutionsAndSeesTheirWholeHistory() {
        long before = lastSeq();
        Person person = SignedIn.as(PROVINCE, () -> people.findByIdCard(PERSON)).orElseThrow();

        assertThat(person.key()).isEqualTo(blindIndex.of(PERSON));
        assertThat(person.records()).extracting(PersonRecord::tenant).containsExactlyInAnyOrder(a, b, zhuzhou);
        PersonHistory history = SignedIn.as(PROVINCE, () -> people.history(person.key())).orElseThrow();
        assertThat(history.entries()).extracting(e -> e.cohort().name())
                .containsExactly("IYB 株洲一期", "SYB 长沙二期", "GYB 长沙一期");
        assertThat(history.entries()).extracting(e -> e.record().tenant()).containsExactly(zhuzhou, b, a);
        assertThat(auditSince(before)).extracting(AuditEntry::action, AuditEntry::subjectId).contains(
                org.assertj.core.groups.Tuple.tuple("person.searched", person.key()),
                org.assertj.core.groups.Tuple.tuple("person.history-viewed", person.key()));
        assertThat(auditSince(before)).allSatisfy(e -> assertThat(e.actor()).isEqualTo("prov"));
    }

    @Test
    void aPrefectureSeesOnlyItsRegion() {
        Person person = SignedIn.as(CHANGSHA, () -> people.findByIdCard(PERSON)).orElseThrow();
        assertThat(person.records()).extracting(PersonRecord::tenant).containsExactlyInAnyOrder(a, b);
        assertThat(SignedIn.as(CHANGSHA, () -> people.history(person.key())).orElseThrow().entries())
                .extracting(e -> e.cohort().name()).containsExactly("SYB 长沙二期", "GYB 长沙一期");

        assertThat(SignedIn.as(CHANGSHA, () -> people.findByIdCard(ZHUZHOU_ONLY))).isEmpty();
        assertThat(SignedIn.as(CHANGSHA, () -> people.history(blindIndex.of(ZHUZHOU_ONLY)))).isEmpty();
        assertThat(SignedIn.as(CHANGSHA, () -> people.findByName("刘", 0, 10)).persons())
                .extracting(Person::name).containsExactly("刘备");
        assertThat(SignedIn.as(PROVINCE, () -> people.findByName("刘", 0, 10)))
                .satisfies(page -> {
                    assertThat(page.total()).isEqualTo(2);
                    assertThat(page.persons()).extracting(p -> p.records().size()).containsExactlyInAnyOrder(3, 1);
                });
    }

    @Test
    void nameSearchPagesOverPersons() {
        PersonPage first = SignedIn.as(PROVINCE, () -> people.findByName("刘", 0, 1));
        PersonPage second = SignedIn.as(PROVINCE, () -> people.findByName("刘", 1, 1));
        assertThat(first.total()).isEqualTo(2);
        assertThat(first.persons()).hasSize(1);
        assertThat(second.persons()).hasSize(1);
        assertThat(second.persons().getFirst().key()).isNotEqualTo(first.persons().getFirst().key());
        assertThat(SignedIn.as(PROVINCE, () -> people.findByName("%", 0, 10)).total()).isZero();
    }

    @Test
    void institutionStaffMayNotSearchPeopleAndTheRefusalIsRecorded() {
        Caller admin = SignedIn.caller("admin-a", Role.INSTITUTION_ADMIN, a.value(), null);
        long before = lastSeq();
        assertThatThrownBy(() -> SignedIn.as(admin, () -> people.findByIdCard(PERSON)))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> SignedIn.as(admin, () -> people.history(blindIndex.of(PERSON))))
                .isInstanceOf(AccessRefusedException.class);
        assertThat(auditSince(before)).extracting(AuditEntry::action).containsOnly("access.refused").hasSize(2);
    }

    private long lastSeq() {
        return audit.recent(null, "", 1).stream().mapToLong(AuditEntry::seq).max().orElse(0);
    }

    private List<AuditEntry> auditSince(long seq) {
        return audit.recent(null, "", 200).stream().filter(e -> e.seq() > seq).toList();
    }
}
