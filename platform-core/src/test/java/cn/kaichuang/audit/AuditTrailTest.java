package cn.kaichuang.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kaichuang.cohort.CourseType;
import cn.kaichuang.cohort.Lecturers;
import cn.kaichuang.cohort.NewLecturer;
import cn.kaichuang.cohort.NewTrainee;
import cn.kaichuang.cohort.Trainees;
import cn.kaichuang.crypto.IdCardNumber;
import cn.kaichuang.tenancy.TenantCode;
import cn.kaichuang.tenancy.TenantContext;
import cn.kaichuang.tenancy.TenantProvisioning;
import cn.kaichuang.testsupport.PlatformTest;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@PlatformTest
class AuditTrailTest {

    private final AuditTrail audit;
    private final Lecturers lecturers;
    private final Trainees trainees;
    private final TenantProvisioning provisioning;
    private final JdbcClient jdbc;

    @Autowired
    AuditTrailTest(AuditTrail audit, Lecturers lecturers, Trainees trainees, TenantProvisioning provisioning,
            JdbcClient jdbc) {
        this.audit = audit;
        this.lecturers = lecturers;
        this.trainees = trainees;
        this.provisioning = provisioning;
        this.jdbc = jdbc;
    }

    @Test
    void serviceChangesFormAChainThatCatchesAnEditedRow() {
        TenantCode tenant = TenantCode.of("audit-edit");
        provisioning.create(tenant, "审计机构", "430100");
        TenantContext.run(tenant, () -> {
            for (String name : List.of("甲", "乙", "丙")) {
                lecturers.register(new NewLecturer(name, null, "Q-" + name, Set.of(CourseType.SYB), null));
            }
        });
        assertThat(audit.verify(tenant).intact()).isTrue();
        assertThat(audit.verify(tenant).checked()).isEqualTo(3);
        assertThat(audit.recent(tenant, "lecturer.", 10)).hasSize(3)
                .allSatisfy(e -> assertThat(e.tenant()).isEqualTo("audit-edit"));

        jdbc.sql("update t_audit_edit.audit_entry set actor = 'mallory' where seq = 2").update();

        ChainVerification result = audit.verify(tenant);
        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenSeq()).isEqualTo(2);
        assertThat(result.problem()).isEqualTo("content does not match its hash");
        assertThat(result.firstBrokenAt()).isEqualTo(audit.recent(tenant, "lecturer.", 10).get(1).occurredAt());
    }

    @Test
    void aDeletedEntryIsCaught() {
        TenantCode tenant = TenantCode.of("audit-delete");
        provisioning.create(tenant, "审计机构二", "430100");
        TenantContext.run(tenant, () -> {
            for (String name : List.of("甲", "乙", "丙")) {
                lecturers.register(new NewLecturer(name, null, "Q-" + name, Set.of(CourseType.GYB), null));
            }
        });
        jdbc.sql("delete from t_audit_delete.audit_entry where seq = 2").update();

        assertThat(audit.verify(tenant).firstBrokenSeq()).isEqualTo(2);
        assertThat(audit.verify(tenant).problem()).isEqualTo("entry 2 is missing");
    }

    @Test
    void aRolledBackChangeLeavesNoEntryAndNoPlaintextIsHashedIn() {
        TenantCode tenant = TenantCode.of("audit-rollback");
        provisioning.create(tenant, "审计机构三", "430100");
        IdCardNumber id = IdCardNumber.of("11010519491231002X");
        TenantContext.run(tenant, () -> trainees.register(new NewTrainee("张三", id, null, null)));
        assertThatThrownBy(() -> TenantContext.run(tenant, () -> trainees.register(new NewTrainee("张三", id, null, null))));

        assertThat(audit.recent(tenant, "trainee.", 10)).singleElement()
                .satisfies(e -> assertThat(e.afterDigest()).hasSize(64));
        assertThat(jdbc.sql("select count(*) from t_audit_rollback.audit_entry where actor = 'system'")
                .query(Long.class).single()).isOne();
    }

    @Test
    void tenantLifecycleGoesIntoThePlatformChain() {
        TenantCode tenant = TenantCode.of("audit-platform");
        provisioning.create(tenant, "平台审计", "430100");
        provisioning.suspend(tenant);

        assertThat(audit.recent(null, "tenant.", 100)).extracting(AuditEntry::action, AuditEntry::subjectId)
                .contains(org.assertj.core.groups.Tuple.tuple("tenant.created", "audit-platform"),
                        org.assertj.core.groups.Tuple.tuple("tenant.suspended", "audit-platform"));
        assertThat(audit.verify(null).intact()).isTrue();

        jdbc.sql("update platform.audit_entry set subject_id = 'other' where seq = (select max(seq) from platform.audit_entry)")
                .update();
        assertThat(audit.verify(null).intact()).isFalse();
        jdbc.sql("update platform.audit_entry set subject_id = 'audit-platform' where seq = (select max(seq) from platform.audit_entry)")
                .update();
        assertThat(audit.verify(null).intact()).isTrue();
    }

    @Test
    void pagesFiltersAndSortsAChain() {
        TenantCode tenant = TenantCode.of("audit-query");
        provisioning.create(tenant, "审计查询", "430100");
        TenantContext.run(tenant, () -> {
            for (String name : List.of("甲", "乙", "丙", "丁", "戊")) {
                lecturers.register(new NewLecturer(name, null, "Q-" + name, Set.of(CourseType.SYB), null));
            }
        });
        jdbc.sql("update t_audit_query.audit_entry set actor = 'Admin1' where seq in (2, 4)").update();

        AuditQuery all = AuditQuery.all();
        assertThat(audit.count(tenant, all)).isEqualTo(5);
        assertThat(audit.find(tenant, all, 0, 2)).extracting(AuditEntry::seq).containsExactly(5L, 4L);
        assertThat(audit.find(tenant, all, 4, 2)).extracting(AuditEntry::seq).containsExactly(1L);
        assertThat(audit.find(tenant, all.sortedBy(AuditQuery.Sort.ACTOR, true), 0, 5)).extracting(AuditEntry::seq)
                .containsExactly(2L, 4L, 1L, 3L, 5L);

        AuditQuery byActor = new AuditQuery("admin", "lecturer.", null, null, AuditQuery.Sort.SEQ, true);
        assertThat(audit.find(tenant, byActor, 0, 10)).extracting(AuditEntry::seq).containsExactly(2L, 4L);
        assertThat(audit.count(tenant, byActor)).isEqualTo(2);
        AuditEntry third = audit.find(tenant, all.sortedBy(AuditQuery.Sort.SEQ, true), 2, 1).getFirst();
        AuditQuery window = new AuditQuery(null, null, third.occurredAt(), third.occurredAt().plusNanos(1000),
                AuditQuery.Sort.OCCURRED_AT, true);
        assertThat(audit.find(tenant, window, 0, 10)).extracting(AuditEntry::seq).contains(3L);
        assertThat(audit.count(tenant, new AuditQuery(null, "cohort.", null, null, AuditQuery.Sort.SEQ, true))).isZero();
        assertThat(audit.count(null, new AuditQuery(null, "tenant.created", null, null, AuditQuery.Sort.SEQ, true)))
                .isPositive();
    }
}
