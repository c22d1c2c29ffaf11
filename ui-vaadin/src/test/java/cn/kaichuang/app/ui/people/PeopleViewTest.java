package cn.kaichuang.app.ui.people;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaichuang.app.ui.KaribuTest;
import cn.kaichuang.app.ui.TwoRegions;
import cn.kaichuang.cohort.CohortView;
import cn.kaichuang.cohort.Cohorts;
import cn.kaichuang.cohort.CourseType;
import cn.kaichuang.cohort.Ids.CohortId;
import cn.kaichuang.cohort.Ids.TraineeId;
import cn.kaichuang.cohort.NewCohort;
import cn.kaichuang.cohort.NewTrainee;
import cn.kaichuang.cohort.Trainees;
import cn.kaichuang.cohort.Venue;
import cn.kaichuang.crypto.IdCardNumber;
import cn.kaichuang.identity.LocalAccounts;
import cn.kaichuang.tenancy.TenantCode;
import cn.kaichuang.tenancy.TenantContext;
import cn.kaichuang.tenancy.TenantDirectory;
import cn.kaichuang.tenancy.TenantProvisioning;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** The province finds one person in two regions; 长沙's prefecture only in its own. */
@TestPropertySource(properties = "kaichuang.demo.enabled=false")
class PeopleViewTest extends KaribuTest {

    private static final String FIRST17 = "43010219760606555";
    private static final IdCardNumber PERSON = IdCardNumber.of(FIRST17 + IdCardNumber.checkCharacter(FIRST17));
    private static final Venue VENUE = new Venue("长沙市天心区 1 号", 28.1, 112.9);

    @Autowired
    TenantProvisioning provisioning;
    @Autowired
    TenantDirectory tenants;
    @Autowired
    LocalAccounts accounts;
    @Autowired
    Trainees trainees;
    @Autowired
    Cohorts cohorts;

    @BeforeEach
    void data() {
        TwoRegions.ensure(provisioning, tenants, accounts);
        train(TwoRegions.CHANGSHA, "GYB 长沙测试班", CourseType.GYB, LocalDate.of(2025, 4, 1));
        train(TwoRegions.ZHUZHOU, "SYB 株洲测试班", CourseType.SYB, LocalDate.of(2026, 6, 1));
    }

    private void train(TenantCode tenant, String cohortName, CourseType type, LocalDate start) {
        TenantContext.run(tenant, () -> {
            TraineeId trainee = trainees.findByIdCard(PERSON).map(t -> t.id()).orElseGet(() ->
                    trainees.register(new NewTrainee("司马测试", PERSON, "13800005555", null)));
            CohortId cohort = cohorts.all().stream().filter(c -> c.name().equals(cohortName)).map(CohortView::id)
                    .findFirst().orElseGet(() -> cohorts.create(new NewCohort(cohortName, type, start,
                            start.plusDays(4), VENUE, 30, null)));
            cohorts.enrol(cohort, trainee);
        });
    }

    @Test
    void theProvinceFindsThePersonByIdNumberInBothInstitutionsWithTheirHistory() {
        login(TwoRegions.PROVINCE);
        PeopleView view = UI.getCurrent().navigate(PeopleView.class).orElseThrow();
        view.query.setValue(PERSON.value());
        view.search();

        assertThat(GridKt._size(view.results)).isEqualTo(1);
        List<String> row = GridKt._getFormattedRow(view.results, 0);
        assertThat(row.get(0)).isEqualTo("司马测试");
        assertThat(row.get(1)).contains("长沙测试培训学校", "株洲测试培训中心");
        assertThat(row.get(2)).isEqualTo("2");
        assertThat(view.history.isVisible()).isTrue();
        assertThat(GridKt._size(view.history)).isEqualTo(2);
        assertThat(GridKt._getFormattedRow(view.history, 0).get(1)).isEqualTo("SYB 株洲测试班");
        assertThat(GridKt._getFormattedRow(view.history, 1).get(1)).isEqualTo("GYB 长沙测试班");
    }

    @Test
    void thePrefectureSeesOnlyTheInstitutionOfItsRegion() {
        login(TwoRegions.PREFECTURE);
        PeopleView view = UI.getCurrent().navigate(PeopleView.class).orElseThrow();
        view.query.setValue("司马");
        view.search();

        assertThat(view.summary.getText()).isEqualTo("共找到 1 人");
        List<String> row = GridKt._getFormattedRow(view.results, 0);
        assertThat(row.get(1)).contains("长沙测试培训学校").doesNotContain("株洲");
        assertThat(row.get(2)).isEqualTo("1");
    }

    @Test
    void aMistypedIdNumberIsExplainedAndNobodyFoundShowsTheEmptyState() {
        login(TwoRegions.PROVINCE);
        PeopleView view = UI.getCurrent().navigate(PeopleView.class).orElseThrow();
        char wrong = PERSON.value().charAt(17) == '1' ? '2' : '1';
        view.query.setValue(FIRST17 + wrong);
        view.search();
        assertThat(view.query.isInvalid()).isTrue();
        assertThat(view.query.getErrorMessage()).contains("校验码不符");

        view.query.setValue("不存在的人");
        view.search();
        assertThat(view.query.isInvalid()).isFalse();
        assertThat(view.results.isVisible()).isFalse();
        assertThat(view.empty.isVisible()).isTrue();
    }

    @Test
    void theResultListExportsToExcel() throws Exception {
        login(TwoRegions.PROVINCE);
        PeopleView view = UI.getCurrent().navigate(PeopleView.class).orElseThrow();
        view.query.setValue(PERSON.value());
        view.search();
        var out = new java.io.ByteArrayOutputStream();
        int lines = PeopleExcel.write(List.of(GridKt._get(view.results, 0)), view::getTranslation, code -> code, out);
        assertThat(lines).isEqualTo(2);
        try (var book = new org.dhatim.fastexcel.reader.ReadableWorkbook(
                new java.io.ByteArrayInputStream(out.toByteArray()))) {
            var rows = book.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(0)).isEqualTo("姓名");
            assertThat(rows).hasSize(3);
            assertThat(rows.get(1).getCellText(1) + rows.get(2).getCellText(1)).contains("长沙测试培训学校", "株洲测试培训中心");
        }
    }
}
