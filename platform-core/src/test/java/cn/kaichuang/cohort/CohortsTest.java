package cn.kaichuang.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kaichuang.cohort.Ids.CohortId;
import cn.kaichuang.cohort.Ids.LecturerId;
import cn.kaichuang.cohort.Ids.TraineeId;
import cn.kaichuang.crypto.IdCardNumber;
import cn.kaichuang.tenancy.TenantCode;
import cn.kaichuang.tenancy.TenantContext;
import cn.kaichuang.tenancy.TenantDirectory;
import cn.kaichuang.tenancy.TenantProvisioning;
import cn.kaichuang.testsupport.PlatformTest;
import cn.kaichuang.testsupport.Tenants;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@PlatformTest
class CohortsTest {

    private static final Venue VENUE = new Venue("长沙市岳麓区麓山南路 1 号", 28.1756, 112.9388);

    private final Cohorts cohorts;
    private final Trainees trainees;
    private final Lecturers lecturers;
    private final JdbcClient jdbc;
    private final TenantCode tenant;

    @Autowired
    CohortsTest(Cohorts cohorts, Trainees trainees, Lecturers lecturers, JdbcClient jdbc,
            TenantProvisioning provisioning, TenantDirectory directory) {
        this.cohorts = cohorts;
        this.trainees = trainees;
        this.lecturers = lecturers;
        this.jdbc = jdbc;
        this.tenant = Tenants.ensure(provisioning, directory, "cohorts");
    }

    @Test
    void personalDataIsStoredEncryptedAndFoundByBlindIndex() {
        IdCardNumber idCard = idCard("43010219900307123");
        TraineeId id = TenantContext.call(tenant, () -> trainees.register(
                new NewTrainee("李明", idCard, "13800138000", null)));

        Map<String, Object> raw = jdbc.sql("select id_card, id_card_index, phone from t_cohorts.trainee where id = ?")
                .param(id.value()).query().singleRow();
        assertThat(raw.values()).allSatisfy(v -> assertThat(v.toString())
                .doesNotContain(idCard.value()).doesNotContain("19900307").doesNotContain("13800138000"));
        assertThat(raw.get("id_card").toString()).startsWith("k1:");

        TraineeView found = TenantContext.call(tenant, () -> trainees.findByIdCard(idCard)).orElseThrow();
        assertThat(found.name()).isEqualTo("李明");
        assertThat(found.idCard()).isEqualTo(idCard);
        assertThat(found.phone()).isEqualTo("13800138000");
        assertThatThrownBy(() -> TenantContext.run(tenant, () -> trainees.register(
                new NewTrainee("李明二", idCard, null, null))))
                .isInstanceOf(DuplicateTraineeException.class)
                .hasMessageContaining("430102********")
                .hasMessageNotContaining(idCard.value());
    }

    @Test
    void enrolmentStopsAtCapacityAndIsIdempotent() {
        TenantContext.run(tenant, () -> {
            LecturerId lecturer = lecturers.register(new NewLecturer("王老师", null, "SYB-2024-001", Set.of(CourseType.SYB), null));
            CohortId cohort = cohorts.create(new NewCohort("SYB 第1期", CourseType.SYB, LocalDate.of(2026, 12, 1),
                    LocalDate.of(2026, 12, 10), VENUE, 2, lecturer));
            TraineeId a = trainees.register(new NewTrainee("甲", idCard("43010219950101001"), null, null));
            TraineeId b = trainees.register(new NewTrainee("乙", idCard("43010219950101002"), null, null));
            TraineeId c = trainees.register(new NewTrainee("丙", idCard("43010219950101003"), null, null));
            cohorts.enrol(cohort, a);
            cohorts.enrol(cohort, a);
            cohorts.enrol(cohort, b);
            assertThatThrownBy(() -> cohorts.enrol(cohort, c)).isInstanceOf(CohortFullException.class)
                    .hasMessageContaining("full (2 places)");
            assertThat(cohorts.roster(cohort)).containsExactlyInAnyOrder(a, b);
            CohortView view = cohorts.find(cohort).orElseThrow();
            assertThat(view.enrolled()).isEqualTo(2);
            assertThat(view.leadLecturer()).isEqualTo(lecturer);
            assertThat(lecturers.all()).extracting(LecturerView::courseTypes).contains(Set.of(CourseType.SYB));
        });
    }

    @Test
    void aTraineeFindsTheirRecordByUsernameAndTheirCohorts() {
        TenantContext.run(tenant, () -> {
            CohortId early = cohorts.create(new NewCohort("GYB 第1期", CourseType.GYB, LocalDate.of(2026, 3, 1),
                    LocalDate.of(2026, 3, 3), VENUE, 30, null));
            CohortId late = cohorts.create(new NewCohort("SYB 第2期", CourseType.SYB, LocalDate.of(2026, 9, 1),
                    LocalDate.of(2026, 9, 10), VENUE, 30, null));
            cohorts.create(new NewCohort("IYB 第1期", CourseType.IYB, LocalDate.of(2026, 10, 1),
                    LocalDate.of(2026, 10, 5), VENUE, 30, null));
            TraineeId me = trainees.register(new NewTrainee("赵", idCard("43010219880808001"), null, "zhao"));
            cohorts.enrol(early, me);
            cohorts.enrol(late, me);

            assertThat(trainees.findByUsername("zhao")).map(TraineeView::id).contains(me);
            assertThat(trainees.findByUsername("nobody")).isEmpty();
            assertThat(cohorts.enrolledBy(me)).extracting(CohortView::id).containsExactly(late, early);
        });
    }

    @Test
    void aCohortRefusesImpossibleDatesAndUnknownLecturers() {
        assertThatThrownBy(() -> new NewCohort("x", CourseType.GYB, LocalDate.of(2026, 12, 10),
                LocalDate.of(2026, 12, 1), VENUE, 30, null)).hasMessageContaining("cannot end before it starts");
        assertThatThrownBy(() -> TenantContext.run(tenant, () -> cohorts.create(new NewCohort("x", CourseType.GYB,
                LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 2), VENUE, 30, new LecturerId(999_999)))))
                .hasMessageContaining("Unknown lecturer");
        List<CohortView> all = TenantContext.call(tenant, cohorts::all);
        assertThat(all).noneMatch(c -> c.name().equals("x"));
    }

    static IdCardNumber idCard(String first17) {
        return IdCardNumber.of(first17 + IdCardNumber.checkCharacter(first17));
    }
}
