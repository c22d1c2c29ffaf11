package cn.kaichuang.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kaichuang.audit.AuditEntry;
import cn.kaichuang.audit.AuditTrail;
import cn.kaichuang.cohort.Ids.CohortId;
import cn.kaichuang.cohort.RosterProblem.Reason;
import cn.kaichuang.crypto.IdCardNumber;
import cn.kaichuang.identity.AccessRefusedException;
import cn.kaichuang.identity.Role;
import cn.kaichuang.tenancy.TenantCode;
import cn.kaichuang.tenancy.TenantContext;
import cn.kaichuang.tenancy.TenantDirectory;
import cn.kaichuang.tenancy.TenantProvisioning;
import cn.kaichuang.testsupport.PlatformTest;
import cn.kaichuang.testsupport.SignedIn;
import cn.kaichuang.testsupport.Tenants;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@PlatformTest
class RosterImportTest {

    private static final Venue VENUE = new Venue("长沙市岳麓区麓山南路 1 号", 28.1756, 112.9388);

    private final RosterImport roster;
    private final Trainees trainees;
    private final Cohorts cohorts;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final TenantCode tenant;

    @Autowired
    RosterImportTest(RosterImport roster, Trainees trainees, Cohorts cohorts, AuditTrail audit, JdbcClient jdbc,
            TenantProvisioning provisioning, TenantDirectory directory) {
        this.roster = roster;
        this.trainees = trainees;
        this.cohorts = cohorts;
        this.audit = audit;
        this.jdbc = jdbc;
        this.tenant = Tenants.ensure(provisioning, directory, "roster");
    }

    @Test
    void aGoodRosterImportsEveryRowEnrolsThemAndIndexesThem() {
        CohortId cohort = TenantContext.call(tenant, () -> cohorts.create(new NewCohort("GYB 导入期", CourseType.GYB,
                LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 3), VENUE, 10, null)));
        byte[] file = Rosters.xlsx(List.of(
                List.of("张一", Rosters.id("43010219900101101"), "13800000001"),
                List.of("张二", Rosters.id("43010219900101102"), "13900000002"),
                List.of("张三", Rosters.id("43010219900101103").toLowerCase(), " 15000000003 ")));

        RosterResult result = TenantContext.call(tenant, () -> roster.importRoster(file, cohort));

        assertThat(result.accepted()).isTrue();
        assertThat(result.imported()).isEqualTo(3);
        assertThat(result.enrolled()).isEqualTo(3);
        TenantContext.run(tenant, () -> {
            assertThat(trainees.findByIdCard(IdCardNumber.of(Rosters.id("43010219900101103"))))
                    .map(TraineeView::phone).contains("15000000003");
            assertThat(cohorts.find(cohort).orElseThrow().enrolled()).isEqualTo(3);
            assertThat(cohorts.roster(cohort)).hasSize(3);
        });
        assertThat(jdbc.sql("select name from platform.person_index where tenant_code = 'roster' and name like '张%'"
                + " order by name").query(String.class).list()).containsExactly("张一", "张三", "张二");
        assertThat(TenantContext.call(tenant, () -> audit.recent(tenant, "trainee.imported", 5)))
                .extracting(AuditEntry::subjectId).contains("3");
    }

    @Test
    void aBadRosterImportsNothingAndNamesExactlyTheBadRows() {
        String existing = Rosters.id("43010219850505201");
        TenantContext.run(tenant, () -> trainees.register(new NewTrainee("老学员", IdCardNumber.of(existing), null, null)));
        long before = count();
        byte[] file = Rosters.xlsx(List.of(
                List.of("好一", Rosters.id("43010219910101201"), "13800000011"),
                List.of("校验错", Rosters.badCheckDigit("43010219910101202"), "13800000012"),
                List.of("电话错", Rosters.id("43010219910101203"), "12800000013"),
                List.of("好二", Rosters.id("43010219910101204"), "13800000014"),
                List.of("重复", Rosters.id("43010219910101201"), "13800000015"),
                List.of("已有", existing, "13800000016"),
                List.of("", "", "13800000017")));

        RosterResult result = TenantContext.call(tenant, () -> roster.importRoster(file, null));

        assertThat(result.accepted()).isFalse();
        assertThat(result.imported()).isZero();
        Map<Integer, List<String>> reasons = result.problems().stream().collect(Collectors.toMap(
                p -> p.row().rowNumber(), p -> p.reasons().stream().map(Reason::messageKey).toList()));
        assertThat(reasons).containsOnlyKeys(3, 4, 6, 7, 8);
        assertThat(reasons.get(3)).containsExactly("roster.error.id-check-digit");
        assertThat(reasons.get(4)).containsExactly("roster.error.phone");
        assertThat(reasons.get(6)).containsExactly("roster.error.duplicate-in-file");
        assertThat(result.problems().stream().filter(p -> p.row().rowNumber() == 6).findFirst().orElseThrow()
                .reasons().getFirst().argument()).isEqualTo("2");
        assertThat(reasons.get(7)).containsExactly("roster.error.duplicate-existing");
        assertThat(reasons.get(8)).containsExactly("roster.error.name-missing", "roster.error.id-missing");
        assertThat(count()).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from platform.person_index where name in ('好一', '好二')")
                .query(Long.class).single()).isZero();
    }

    @Test
    void rowsBeyondTheCohortsFreePlacesAreRefusedAndNothingIsImported() {
        CohortId cohort = TenantContext.call(tenant, () -> cohorts.create(new NewCohort("SYB 小班", CourseType.SYB,
                LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 3), VENUE, 2, null)));
        long before = count();
        byte[] file = Rosters.xlsx(List.of(
                List.of("甲", Rosters.id("43010219920101301"), "13800000021"),
                List.of("乙", Rosters.id("43010219920101302"), "13800000022"),
                List.of("丙", Rosters.id("43010219920101303"), "13800000023")));

        RosterResult result = TenantContext.call(tenant, () -> roster.importRoster(file, cohort));

        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.row().rowNumber()).isEqualTo(4);
            assertThat(p.reasons()).containsExactly(new Reason("roster.error.cohort-full", "2"));
        });
        assertThat(count()).isEqualTo(before);
        assertThat(TenantContext.call(tenant, () -> cohorts.find(cohort).orElseThrow().enrolled())).isZero();
    }

    @Test
    void aSubmittedCohortsRosterTakesNoImport() {
        CohortId cohort = TenantContext.call(tenant, () -> cohorts.create(new NewCohort("SYB 已提交班", CourseType.SYB,
                LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 3), VENUE, 20, null)));
        jdbc.sql("update t_roster.cohort set status = 'SUBMITTED' where id = ?").param(cohort.value()).update();
        long before = count();
        byte[] file = Rosters.xlsx(List.of(List.of("丁", Rosters.id("43010219920101304"), "13800000024")));

        assertThatThrownBy(() -> TenantContext.call(tenant, () -> roster.importRoster(file, cohort)))
                .isInstanceOfSatisfying(RosterRejectedException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("roster.error.cohort-locked");
                    assertThat(e.argument()).isEqualTo("SYB 已提交班");
                });
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aFileThatIsNoRosterIsRefusedWithTheReason() {
        assertThatThrownBy(() -> TenantContext.call(tenant, () -> roster.importRoster(
                "姓名,身份证号,手机号\n".getBytes(StandardCharsets.UTF_8), null)))
                .isInstanceOfSatisfying(RosterRejectedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("roster.error.not-xlsx"));
        assertThatThrownBy(() -> TenantContext.call(tenant, () -> roster.importRoster(
                Rosters.xlsx(List.of("姓名", "电话"), List.of(List.of("甲", "13800000000"))), null)))
                .isInstanceOfSatisfying(RosterRejectedException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("roster.error.headers");
                    assertThat(e.argument()).isEqualTo("身份证号");
                });
        assertThatThrownBy(() -> TenantContext.call(tenant, () -> roster.importRoster(
                new byte[RosterImport.MAX_BYTES + 1], null)))
                .isInstanceOfSatisfying(RosterRejectedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("roster.error.too-large"));
        List<List<String>> many = java.util.stream.IntStream.rangeClosed(1, RosterImport.MAX_ROWS + 1)
                .mapToObj(i -> List.of("人" + i, "x", "y")).toList();
        assertThatThrownBy(() -> TenantContext.call(tenant, () -> roster.importRoster(Rosters.xlsx(many), null)))
                .isInstanceOfSatisfying(RosterRejectedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("roster.error.too-many-rows"));
    }

    @Test
    void onlyTheInstitutionsAdminImports() {
        byte[] file = Rosters.xlsx(List.of(List.of("讲师导", Rosters.id("43010219930101401"), "13800000031")));
        long before = count();
        assertThatThrownBy(() -> TenantContext.call(tenant, () -> SignedIn.as(
                SignedIn.caller("lecturer-x", Role.LECTURER, tenant.value(), null),
                () -> roster.importRoster(file, null)))).isInstanceOf(AccessRefusedException.class);
        assertThat(count()).isEqualTo(before);
    }

    private long count() {
        return jdbc.sql("select count(*) from t_roster.trainee").query(Long.class).single();
    }
}
