package cn.kaichuang.app.ui.console;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.kaichuang.app.ui.EmptyState;
import cn.kaichuang.app.ui.KaribuTest;
import cn.kaichuang.app.ui.province.InstitutionView;
import cn.kaichuang.cohort.CohortCensus;
import cn.kaichuang.cohort.CourseType;
import cn.kaichuang.supervision.ConsoleSnapshots;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

/** The provincial console: charts from snapshots, region scope, lists with filters and Excel export, drill-down. */
class ConsoleViewTest extends KaribuTest {

    @Autowired
    ConsoleSnapshots console;

    @Autowired
    JdbcClient jdbc;

    @Test
    void beforeTheFirstSnapshotTheDashboardShowsAnEmptyState() {
        jdbc.sql("delete from platform.console_run").update();
        jdbc.sql("delete from platform.console_region_figure").update();
        login("province");
        UI.getCurrent().navigate(ConsoleView.class);

        assertThat(_get(EmptyState.class).isVisible()).isTrue();
        assertThat(_get(Span.class, s -> s.withId("console-as-of")).getText()).isEqualTo("尚未统计");
        assertThat(_get(ConsoleView.class).charts().values()).allSatisfy(c -> assertThat(c.option()).isEqualTo("{}"));

        // The province's button takes the first snapshot there and then.
        _get(Button.class, b -> b.withId("console-refresh")).click();

        assertThat(_find(EmptyState.class)).isEmpty();
        assertThat(_get(Span.class, s -> s.withId("console-as-of")).getText()).startsWith("数据截至");
        assertThat(_get(ConsoleView.class).charts().get("type").option()).contains("创办你的企业 SYB");
    }

    @Test
    void theProvinceSeesEveryPrefectureInTheCharts() {
        refreshAsPlatform();
        login("province");
        UI.getCurrent().navigate(ConsoleView.class);
        ConsoleView view = _get(ConsoleView.class);

        assertThat(view.charts().get("prefecture").option()).contains("长沙市", "株洲市", "湘潭市");
        // Demo cohorts are drafts until the lifecycle moves them on.
        assertThat(view.charts().get("status").option()).contains("草稿");
        assertThat(view.charts().get("month").option()).contains("\"type\":\"line\"");
        assertThat(kpi("institutions")).isGreaterThanOrEqualTo(3);
        assertThat(kpi("trainees")).isGreaterThanOrEqualTo(75);
    }

    @Test
    void clickingAPrefectureInTheChartOpensItsCohorts() {
        refreshAsPlatform();
        login("province");
        UI.getCurrent().navigate(ConsoleView.class);

        _get(ConsoleView.class).charts().get("prefecture").clicked("株洲市");

        assertThat(_get(ConsoleCohortsView.class)).isNotNull();
        Grid<?> grid = _get(Grid.class);
        assertThat(GridKt._size(grid)).isPositive();
        assertThat(rows(grid)).allSatisfy(c -> assertThat(c.regionCode()).startsWith("4302"));
    }

    @Test
    void aPrefectureSeesOnlyItsRegionAndHasNoRefreshButton() {
        refreshAsPlatform();
        login("changsha");
        UI.getCurrent().navigate(ConsoleView.class);
        ConsoleView view = _get(ConsoleView.class);

        assertThat(view.charts().get("prefecture").option()).contains("长沙市").doesNotContain("株洲市", "湘潭市");
        assertThat(_find(Button.class, b -> b.withId("console-refresh"))).isEmpty();
        assertThat(kpi("trainees")).isGreaterThanOrEqualTo(25);

        UI.getCurrent().navigate(ConsoleCohortsView.class);
        Grid<?> grid = _get(Grid.class);
        assertThat(GridKt._size(grid)).isPositive();
        assertThat(rows(grid)).allSatisfy(c -> assertThat(c.regionCode()).startsWith("4301"));
    }

    @Test
    void theCohortListFiltersAndExportsTheFilteredRows() throws Exception {
        refreshAsPlatform();
        login("province");
        UI.getCurrent().navigate(ConsoleCohortsView.class);
        ConsoleCohortsView view = _get(ConsoleCohortsView.class);
        Grid<?> grid = _get(Grid.class);
        int all = GridKt._size(grid);
        assertThat(all).isGreaterThanOrEqualTo(6);

        @SuppressWarnings("unchecked")
        ComboBox<CourseType> course = _get(ComboBox.class, c -> c.withLabel("课程类型"));
        course.setValue(CourseType.SYB);
        int syb = GridKt._size(grid);
        assertThat(syb).isPositive().isLessThan(all);
        assertThat(rows(grid)).allSatisfy(c -> assertThat(c.courseType()).isEqualTo(CourseType.SYB));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(view.export(out)).isEqualTo(syb);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            List<Row> sheet = workbook.getFirstSheet().read();
            assertThat(sheet).hasSize(syb + 1);
            assertThat(sheet.get(0).getCellText(0)).isEqualTo("班期名称");
            assertThat(sheet.subList(1, sheet.size())).allSatisfy(r ->
                    assertThat(r.getCellText(4)).isEqualTo("创办你的企业 SYB"));
        }
    }

    @Test
    void datesTheWrongWayRoundAreRefusedAndChangeNothing() {
        refreshAsPlatform();
        login("province");
        UI.getCurrent().navigate(ConsoleCohortsView.class);
        Grid<?> grid = _get(Grid.class);
        int before = GridKt._size(grid);
        DatePicker from = _get(DatePicker.class, d -> d.withLabel("开班日期自"));
        DatePicker to = _get(DatePicker.class, d -> d.withLabel("开班日期至"));

        from.setValue(LocalDate.of(2030, 1, 1));
        int fromOnly = GridKt._size(grid);
        to.setValue(LocalDate.of(2020, 1, 1));

        assertThat(to.isInvalid()).isTrue();
        assertThat(to.getErrorMessage()).isEqualTo("起始日期不能晚于截止日期");
        assertThat(GridKt._size(grid)).isEqualTo(fromOnly);
        from.clear();
        assertThat(to.isInvalid()).isFalse();
        assertThat(GridKt._size(grid)).isLessThanOrEqualTo(before);
    }

    @Test
    void aCertificateListOfTheRegionIsExported() throws Exception {
        jdbc.sql("""
                insert into platform.certificate (serial, tenant_code, institution_name, cohort_id, trainee_id,
                    trainee_name, id_card, id_card_index, course_type, start_date, end_date, issued_at, issued_by)
                values ('430000-2026-GYB-9000001', 'zhuzhou-yandi', '株洲市炎帝职业技能培训中心', 1, 1, '学员', 'x',
                    'x', 'GYB', date '2026-09-01', date '2026-09-03', now(), 'test')
                on conflict do nothing""").update();
        login("changsha");
        UI.getCurrent().navigate(ConsoleCertificatesView.class);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exported = _get(ConsoleCertificatesView.class).export(out);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(workbook.getFirstSheet().read()).hasSize(exported + 1)
                    .noneSatisfy(r -> assertThat(r.getCellText(0)).isEqualTo("430000-2026-GYB-9000001"));
        }

        login("province");
        UI.getCurrent().navigate(ConsoleCertificatesView.class);
        _get(com.vaadin.flow.component.textfield.TextField.class, t -> t.withLabel("搜索"))
                .setValue("430000-2026-GYB-90000");
        Grid<?> grid = _get(Grid.class);
        assertThat(GridKt._size(grid)).isEqualTo(1);
    }

    @Test
    void theInstitutionPageDrillsDownIntoLiveCohorts() {
        login("changsha");
        UI.getCurrent().navigate("institution/changsha-xingcheng");

        assertThat(_get(InstitutionView.class)).isNotNull();
        @SuppressWarnings("unchecked")
        Grid<CohortCensus.Line> cohorts = _get(Grid.class, g -> g.withId("institution-cohorts"));
        assertThat(java.util.stream.IntStream.range(0, GridKt._size(cohorts)).mapToObj(i -> GridKt._get(cohorts, i)))
                .extracting(CohortCensus.Line::name)
                .contains("2026年第12期 SYB 创业培训班", "2026年第13期 GYB 创业意识培训班");
    }

    private void refreshAsPlatform() {
        SecurityContextHolder.clearContext();
        console.refresh();
    }

    private static long kpi(String key) {
        return Long.parseLong(_get(Div.class, d -> d.withId("kpi-" + key)).getChildren().findFirst()
                .map(c -> ((Span) c).getText()).orElseThrow());
    }

    @SuppressWarnings("unchecked")
    private static List<cn.kaichuang.supervision.ConsoleCohort> rows(Grid<?> grid) {
        Grid<cn.kaichuang.supervision.ConsoleCohort> cohorts = (Grid<cn.kaichuang.supervision.ConsoleCohort>) grid;
        return java.util.stream.IntStream.range(0, Math.min(GridKt._size(cohorts), 100))
                .mapToObj(i -> GridKt._get(cohorts, i)).toList();
    }
}
