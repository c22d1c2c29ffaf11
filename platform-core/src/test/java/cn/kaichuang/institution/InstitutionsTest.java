package cn.kaichuang.institution;

import static cn.kaichuang.testsupport.SignedIn.as;
import static cn.kaichuang.testsupport.SignedIn.caller;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kaichuang.audit.AuditEntry;
import cn.kaichuang.audit.AuditTrail;
import cn.kaichuang.cohort.CourseType;
import cn.kaichuang.identity.AccessRefusedException;
import cn.kaichuang.identity.Caller;
import cn.kaichuang.identity.Role;
import cn.kaichuang.tenancy.TenantCode;
import cn.kaichuang.tenancy.TenantDirectory;
import cn.kaichuang.tenancy.TenantProvisioning;
import cn.kaichuang.tenancy.TenantStatus;
import cn.kaichuang.testsupport.PlatformTest;
import cn.kaichuang.testsupport.Tenants;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

@PlatformTest
class InstitutionsTest {

    private final Institutions institutions;
    private final TenantProvisioning provisioning;
    private final TenantDirectory directory;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private TenantCode a;
    private TenantCode b;
    private TenantCode elsewhere;

    @Autowired
    InstitutionsTest(Institutions institutions, TenantProvisioning provisioning, TenantDirectory directory,
            AuditTrail audit, JdbcClient jdbc) {
        this.institutions = institutions;
        this.provisioning = provisioning;
        this.directory = directory;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    @BeforeEach
    void institutions() {
        a = Tenants.ensure(provisioning, directory, "inst-a");
        b = Tenants.ensure(provisioning, directory, "inst-b");
        elsewhere = TenantCode.of("inst-zz");
        if (directory.find(elsewhere).isEmpty()) {
            provisioning.create(elsewhere, "株洲测试机构", "430200");
        }
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void anInstitutionAdminEditsTheirOwnProfileAndTheSupervisorsSeeIt() {
        Caller admin = caller("inst-a-admin", Role.INSTITUTION_ADMIN, a.value(), null);
        as(admin, () -> institutions.update(a, new ProfileChange("  张主任 ", "0731-88880000", "长沙市岳麓区 1 号", 1200,
                "SYB 定点机构")));

        InstitutionProfile own = as(admin, () -> institutions.own().orElseThrow());
        assertThat(own.contactPerson()).isEqualTo("张主任");
        assertThat(own.contactPhone()).isEqualTo("0731-88880000");
        assertThat(own.annualCapacity()).isEqualTo(1200);
        assertThat(own.updatedBy()).isEqualTo("inst-a-admin");
        // The phone is personal data: stored encrypted.
        assertThat(jdbc.sql("select contact_phone from platform.institution_profile where tenant_code = ?")
                .param(a.value()).query(String.class).single()).doesNotContain("88880000");

        Caller prefecture = caller("cs-pref", Role.PREFECTURE_ADMIN, null, "430100");
        List<Institution> seen = as(prefecture, institutions::visible);
        assertThat(seen).extracting(i -> i.tenant().code()).contains(a, b).doesNotContain(elsewhere);
        assertThat(seen).filteredOn(i -> i.tenant().code().equals(a)).singleElement()
                .extracting(i -> i.profile().contactPerson()).isEqualTo("张主任");
    }

    @Test
    void nobodyEditsAnotherInstitutionsProfileAndTheAttemptIsRecorded() {
        long before = lastSeq();
        Caller adminOfA = caller("inst-a-admin", Role.INSTITUTION_ADMIN, a.value(), null);
        Caller province = caller("prov", Role.PROVINCE_ADMIN, null, "430000");
        ProfileChange change = new ProfileChange("李四", null, "", 10, "");

        assertThatThrownBy(() -> as(adminOfA, () -> institutions.update(b, change)))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> as(province, () -> institutions.update(b, change)))
                .isInstanceOf(AccessRefusedException.class);

        assertThat(institutions.find(b).orElseThrow().profile().contactPerson()).isNotEqualTo("李四");
        assertThat(refusalsSince(before)).extracting(AuditEntry::actor).contains("inst-a-admin", "prov");
    }

    @Test
    void anotherPrefecturesInstitutionIsNotFoundAndRecorded() {
        long before = lastSeq();
        Caller prefecture = caller("cs-pref", Role.PREFECTURE_ADMIN, null, "430100");

        assertThat(as(prefecture, () -> institutions.find(elsewhere))).isEmpty();
        assertThat(as(prefecture, () -> institutions.find(a))).isPresent();
        assertThat(refusalsSince(before)).extracting(AuditEntry::subjectId).contains("-/inst-zz");
    }

    @Test
    void theProvinceSuspendsWithAReasonAndResumes() {
        TenantCode c = Tenants.ensure(provisioning, directory, "inst-susp");
        Caller province = caller("prov", Role.PROVINCE_ADMIN, null, "430000");
        Caller prefecture = caller("cs-pref", Role.PREFECTURE_ADMIN, null, "430100");

        assertThatThrownBy(() -> as(province, () -> {
            institutions.suspend(c, "   ");
            return null;
        })).isInstanceOf(IllegalArgumentException.class);
        assertThat(directory.require(c).status()).isEqualTo(TenantStatus.ACTIVE);
        assertThatThrownBy(() -> as(prefecture, () -> {
            institutions.suspend(c, "质量不合格");
            return null;
        })).isInstanceOf(AccessRefusedException.class);
        assertThat(directory.require(c).status()).isEqualTo(TenantStatus.ACTIVE);

        as(province, () -> {
            institutions.suspend(c, "年度评估不合格，限期整改");
            return null;
        });
        Institution suspended = institutions.find(c).orElseThrow();
        assertThat(suspended.tenant().status()).isEqualTo(TenantStatus.SUSPENDED);
        assertThat(suspended.profile().suspended()).hasValueSatisfying(s -> {
            assertThat(s.reason()).isEqualTo("年度评估不合格，限期整改");
            assertThat(s.by()).isEqualTo("prov");
        });
        assertThat(audit.recent(null, "institution.suspended", 5)).extracting(AuditEntry::subjectId)
                .contains("inst-susp");

        as(province, () -> {
            institutions.resume(c);
            return null;
        });
        Institution resumed = institutions.find(c).orElseThrow();
        assertThat(resumed.tenant().status()).isEqualTo(TenantStatus.ACTIVE);
        assertThat(resumed.profile().suspended()).isEmpty();
    }

    @Test
    void onlyTheProvinceApprovesCourseTypes() {
        Caller province = caller("prov", Role.PROVINCE_ADMIN, null, "430000");
        Caller adminOfA = caller("inst-a-admin", Role.INSTITUTION_ADMIN, a.value(), null);

        as(province, () -> institutions.approveCourseTypes(a, Set.of(CourseType.GYB, CourseType.SYB)));
        assertThatThrownBy(() -> as(adminOfA, () -> institutions.approveCourseTypes(a, Set.of(CourseType.EYB))))
                .isInstanceOf(AccessRefusedException.class);

        assertThat(institutions.find(a).orElseThrow().profile().approvedCourseTypes())
                .containsExactlyInAnyOrder(CourseType.GYB, CourseType.SYB);
    }

    @Test
    void badInputChangesNothing() {
        assertThatThrownBy(() -> new ProfileChange(" ", null, "", 1, "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ProfileChange("王", "电话", "", 1, "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ProfileChange("王", null, "", -1, "")).isInstanceOf(IllegalArgumentException.class);
    }

    private long lastSeq() {
        return audit.recent(null, "", 1).stream().mapToLong(AuditEntry::seq).max().orElse(0);
    }

    private List<AuditEntry> refusalsSince(long seq) {
        return audit.recent(null, "access.refused", 200).stream().filter(e -> e.seq() > seq).toList();
    }
}
