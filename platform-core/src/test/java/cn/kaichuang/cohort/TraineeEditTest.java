package cn.kaichuang.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kaichuang.audit.AuditEntry;
import cn.kaichuang.audit.AuditTrail;
import cn.kaichuang.cohort.Ids.TraineeId;
import cn.kaichuang.crypto.BlindIndex;
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
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@PlatformTest
class TraineeEditTest {

    private final Trainees trainees;
    private final AuditTrail audit;
    private final BlindIndex blindIndex;
    private final JdbcClient jdbc;
    private final TenantCode tenant;
    private final TenantProvisioning provisioning;
    private final TenantDirectory directory;

    @Autowired
    TraineeEditTest(Trainees trainees, AuditTrail audit, BlindIndex blindIndex, JdbcClient jdbc,
            TenantProvisioning provisioning, TenantDirectory directory) {
        this.trainees = trainees;
        this.audit = audit;
        this.blindIndex = blindIndex;
        this.jdbc = jdbc;
        this.provisioning = provisioning;
        this.directory = directory;
        this.tenant = Tenants.ensure(provisioning, directory, "edits");
    }

    @Test
    void anEditChangesNameIdAndPhoneIsAuditedAndKeepsThePersonIndexInStep() {
        IdCardNumber old = IdCardNumber.of(Rosters.id("43010219800101501"));
        IdCardNumber corrected = IdCardNumber.of(Rosters.id("43010219800101511"));
        TraineeId id = TenantContext.call(tenant, () -> trainees.register(new NewTrainee("王五", old, null, null)));
        assertThat(indexRow(id)).containsEntry("name", "王五").containsEntry("id_card_index", blindIndex.of(old));

        TraineeView edited = TenantContext.call(tenant, () -> trainees.update(id,
                new TraineeChange(" 王小五 ", corrected, "13700000001")));

        assertThat(edited.name()).isEqualTo("王小五");
        TenantContext.run(tenant, () -> {
            assertThat(trainees.findByIdCard(corrected)).map(TraineeView::phone).contains("13700000001");
            assertThat(trainees.findByIdCard(old)).isEmpty();
        });
        assertThat(indexRow(id)).containsEntry("name", "王小五").containsEntry("id_card_index",
                blindIndex.of(corrected));
        assertThat(TenantContext.call(tenant, () -> audit.recent(tenant, "trainee.updated", 5)))
                .extracting(AuditEntry::subjectId).contains(String.valueOf(id.value()));
    }

    @Test
    void anIdNumberOfAnotherTraineeOrABadPhoneChangesNothing() {
        IdCardNumber mine = IdCardNumber.of(Rosters.id("43010219810101601"));
        IdCardNumber theirs = IdCardNumber.of(Rosters.id("43010219810101602"));
        TraineeId me = TenantContext.call(tenant, () -> {
            trainees.register(new NewTrainee("他人", theirs, null, null));
            return trainees.register(new NewTrainee("本人", mine, "13600000001", null));
        });

        assertThatThrownBy(() -> TenantContext.call(tenant, () -> trainees.update(me,
                new TraineeChange("本人改", theirs, "13600000001")))).isInstanceOf(DuplicateTraineeException.class);
        assertThatThrownBy(() -> TenantContext.call(tenant, () -> trainees.update(me,
                new TraineeChange("本人改", mine, "1360000"))))
                .isInstanceOfSatisfying(InvalidTraineeException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("trainees.error.phone"));
        assertThatThrownBy(() -> TenantContext.call(tenant, () -> trainees.update(me,
                new TraineeChange(" ", mine, null))))
                .isInstanceOfSatisfying(InvalidTraineeException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("trainees.error.name"));

        TraineeView unchanged = TenantContext.call(tenant, () -> trainees.find(me)).orElseThrow();
        assertThat(unchanged.name()).isEqualTo("本人");
        assertThat(unchanged.idCard()).isEqualTo(mine);
        assertThat(unchanged.phone()).isEqualTo("13600000001");
        assertThat(indexRow(me)).containsEntry("name", "本人");
    }

    @Test
    void onlyTheInstitutionsOwnAdminEditsAndTheRefusalIsAudited() {
        TraineeId id = TenantContext.call(tenant, () -> trainees.register(
                new NewTrainee("赵六", IdCardNumber.of(Rosters.id("43010219820101701")), null, null)));
        TraineeChange change = new TraineeChange("赵六改", IdCardNumber.of(Rosters.id("43010219820101701")), null);
        assertThatThrownBy(() -> TenantContext.call(tenant, () -> SignedIn.as(
                SignedIn.caller("mentor-x", Role.MENTOR, tenant.value(), null), () -> trainees.update(id, change))))
                .isInstanceOf(AccessRefusedException.class);
        long before = lastSeq();
        assertThatThrownBy(() -> TenantContext.call(tenant, () -> SignedIn.as(
                SignedIn.caller("admin-elsewhere", Role.INSTITUTION_ADMIN, "another-institution", null),
                () -> trainees.update(id, change)))).isInstanceOf(AccessRefusedException.class);
        assertThat(audit.recent(null, "access.refused", 20)).filteredOn(e -> e.seq() > before)
                .extracting(AuditEntry::subjectId).contains("edits/-");
        assertThatThrownBy(() -> TenantContext.call(tenant, () -> trainees.update(new TraineeId(9_999_999), change)))
                .hasMessageContaining("Unknown trainee");
        assertThat(TenantContext.call(tenant, () -> trainees.find(id)).orElseThrow().name()).isEqualTo("赵六");
    }

    @Test
    void reindexingFillsRowsTheIndexLacks() {
        TraineeId id = TenantContext.call(tenant, () -> trainees.register(
                new NewTrainee("回填", IdCardNumber.of(Rosters.id("43010219830101801")), null, null)));
        jdbc.sql("delete from platform.person_index where tenant_code = ? and trainee_id = ?")
                .params(tenant.value(), id.value()).update();

        int written = TenantContext.call(tenant, trainees::reindexPersons);

        assertThat(written).isPositive();
        assertThat(indexRow(id)).containsEntry("name", "回填");
        assertThat(TenantContext.call(tenant, trainees::reindexPersons)).isZero();
    }

    @Test
    void aDroppedInstitutionLeavesTheIndex() {
        TenantCode gone = Tenants.ensure(provisioning, directory, "edits-dropped");
        TenantContext.run(gone, () -> trainees.register(
                new NewTrainee("将撤销", IdCardNumber.of(Rosters.id("43010219840101901")), null, null)));
        assertThat(indexed(gone)).isEqualTo(1);

        provisioning.drop(gone);

        assertThat(indexed(gone)).isZero();
    }

    private long indexed(TenantCode code) {
        return jdbc.sql("select count(*) from platform.person_index where tenant_code = ?").param(code.value())
                .query(Long.class).single();
    }

    private long lastSeq() {
        return audit.recent(null, "", 1).stream().mapToLong(AuditEntry::seq).max().orElse(0);
    }

    private Map<String, Object> indexRow(TraineeId id) {
        return jdbc.sql("select name, id_card_index from platform.person_index where tenant_code = ? and trainee_id = ?")
                .params(tenant.value(), id.value()).query().singleRow();
    }
}
