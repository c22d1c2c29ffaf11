package cn.kaichuang.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kaichuang.audit.AuditTrail;
import cn.kaichuang.cohort.CourseType;
import cn.kaichuang.cohort.Lecturers;
import cn.kaichuang.cohort.NewLecturer;
import cn.kaichuang.cohort.NewTrainee;
import cn.kaichuang.cohort.TraineeView;
import cn.kaichuang.cohort.Trainees;
import cn.kaichuang.tenancy.TenantCode;
import cn.kaichuang.tenancy.TenantContext;
import cn.kaichuang.tenancy.TenantDirectory;
import cn.kaichuang.tenancy.TenantProvisioning;
import cn.kaichuang.testsupport.PlatformTest;
import cn.kaichuang.testsupport.Tenants;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@PlatformTest
class KeyRotationTest {

    @Autowired KeyRotation rotation;
    @Autowired Trainees trainees;
    @Autowired Lecturers lecturers;
    @Autowired TenantProvisioning provisioning;
    @Autowired TenantDirectory directory;
    @Autowired AuditTrail audit;
    @Autowired JdbcClient jdbc;
    @Autowired PiiCipher cipher;

    @Test
    void findsThePersonalDataColumnsFromTheEntityMappings() {
        assertThat(rotation.columns()).extracting(PiiColumn::toString)
                .contains("trainee.id_card", "trainee.phone", "lecturer.phone")
                .doesNotContain("trainee.id_card_index", "trainee.name");
    }

    @Test
    void rotatesEveryValueInBatchesAndOldAndNewValuesDecrypt() {
        TenantCode tenant = Tenants.ensure(provisioning, directory, "rotate-a");
        List<IdCardNumber> ids = new ArrayList<>();
        TenantContext.run(tenant, () -> {
            for (int i = 0; i < 7; i++) {
                IdCardNumber id = idCard("4301021990030" + (1000 + i));
                ids.add(id);
                trainees.register(new NewTrainee("学员" + i, id, i % 2 == 0 ? "1380013800" + i : null, null));
            }
            lecturers.register(new NewLecturer("王老师", "13900139000", "Q-1", Set.of(CourseType.SYB), null));
        });
        String indexBefore = jdbc.sql("select string_agg(id_card_index, ',' order by id) from t_rotate_a.trainee")
                .query(String.class).single();
        String oldValue = jdbc.sql("select id_card from t_rotate_a.trainee order by id limit 1").query(String.class).single();
        assertThat(oldValue).startsWith("k1:");

        List<Long> progress = new ArrayList<>();
        RotationReport report = rotation.rotate(tenant, "k2", 3, progress::add);

        // 7 ID numbers, 4 trainee phones, 1 lecturer phone; batches of 3 report as they go.
        assertThat(report.total()).isEqualTo(12);
        assertThat(report.changedMeanwhile()).isZero();
        assertThat(progress).hasSizeGreaterThan(3).last().isEqualTo(12L);
        assertThat(jdbc.sql("select id_card from t_rotate_a.trainee union all select phone from t_rotate_a.trainee"
                + " where phone is not null union all select phone from t_rotate_a.lecturer")
                .query(String.class).list()).hasSize(12).allSatisfy(v -> assertThat(v).startsWith("k2:"));
        assertThat(jdbc.sql("select string_agg(id_card_index, ',' order by id) from t_rotate_a.trainee")
                .query(String.class).single()).isEqualTo(indexBefore);

        // An old value (as a backup or a replica not yet rotated holds it) still reads beside the new ones.
        jdbc.sql("update t_rotate_a.trainee set id_card = ? where id = (select min(id) from t_rotate_a.trainee)")
                .param(oldValue).update();
        for (IdCardNumber id : ids) {
            TraineeView found = TenantContext.call(tenant, () -> trainees.findByIdCard(id)).orElseThrow();
            assertThat(found.idCard()).isEqualTo(id);
        }
        assertThat(cipher.decrypt(jdbc.sql("select phone from t_rotate_a.lecturer").query(String.class).single()))
                .isEqualTo("13900139000");
        assertThat(audit.recent(tenant, "pii.rotated", 5)).singleElement()
                .satisfies(e -> assertThat(e.subjectId()).isEqualTo("k2"));
        assertThat(audit.verify(tenant).intact()).isTrue();
    }

    @Test
    void aSecondRunOnlyFinishesWhatIsLeft() {
        TenantCode tenant = Tenants.ensure(provisioning, directory, "rotate-b");
        TenantContext.run(tenant, () -> {
            for (int i = 0; i < 4; i++) {
                trainees.register(new NewTrainee("学员" + i, idCard("4302031985060" + (2000 + i)), null, null));
            }
        });
        List<String> underK1 = jdbc.sql("select id_card from t_rotate_b.trainee order by id").query(String.class).list();
        assertThat(rotation.rotate(tenant, "k2", 100, n -> { }).total()).isEqualTo(4);

        RotationReport again = rotation.rotate(tenant, "k2", 100, n -> { });
        assertThat(again.total()).isZero();
        assertThat(again.alreadyRotated()).isEqualTo(4);

        // Two rows still under k1, as an interrupted run leaves them: the next run takes only those.
        jdbc.sql("update t_rotate_b.trainee set id_card = ? where id = (select min(id) from t_rotate_b.trainee)")
                .param(underK1.get(0)).update();
        jdbc.sql("update t_rotate_b.trainee set id_card = ? where id = (select max(id) from t_rotate_b.trainee)")
                .param(underK1.get(3)).update();
        RotationReport resumed = rotation.rotate(tenant, "k2", 1, n -> { });
        assertThat(resumed.total()).isEqualTo(2);
        assertThat(resumed.alreadyRotated()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from t_rotate_b.trainee where id_card like 'k2:%'").query(Long.class)
                .single()).isEqualTo(4);
    }

    @Test
    void refusesAnUnknownKey() {
        TenantCode tenant = Tenants.ensure(provisioning, directory, "rotate-c");
        assertThatThrownBy(() -> rotation.rotate(tenant, "k9", 100, n -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Key 'k9' is not configured");
    }

    static IdCardNumber idCard(String first17) {
        return IdCardNumber.of(first17 + IdCardNumber.checkCharacter(first17));
    }
}
