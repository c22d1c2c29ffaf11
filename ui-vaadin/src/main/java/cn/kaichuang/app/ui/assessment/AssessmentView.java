package cn.kaichuang.app.ui.assessment;

import cn.kaichuang.app.security.Roles;
import cn.kaichuang.app.ui.EmptyState;
import cn.kaichuang.app.ui.Formats;
import cn.kaichuang.app.ui.MainLayout;
import cn.kaichuang.app.ui.console.EChart;
import cn.kaichuang.assessment.AssessmentStatistics;
import cn.kaichuang.assessment.CohortAssessment;
import cn.kaichuang.assessment.TraineeResult;
import cn.kaichuang.review.Grade;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * 考核统计: per cohort the attendance rate, plan submissions, review grades and exam results, charted;
 * and every trainee's results in the chosen cohort (TA-5). A lecturer sees the cohorts they lead.
 * Both tables go to Excel.
 */
@Route(value = "assessment", layout = MainLayout.class)
@RolesAllowed({Roles.INSTITUTION_ADMIN, Roles.LECTURER})
public class AssessmentView extends VerticalLayout implements HasDynamicTitle {

    private final AssessmentStatistics statistics;
    final Grid<CohortAssessment> cohorts = new Grid<>();
    final ComboBox<CohortAssessment> cohort = new ComboBox<>();
    final Grid<TraineeResult> trainees = new Grid<>();
    final EChart attendanceChart = new EChart();
    final EChart gradeChart = new EChart();
    final List<CohortAssessment> figures;
    List<TraineeResult> results = List.of();

    AssessmentView(AssessmentStatistics statistics) {
        this.statistics = statistics;
        addClassName("kc-view");
        add(new H2(getTranslation("assessment.title")));
        figures = statistics.cohorts();
        if (figures.isEmpty()) {
            add(new EmptyState(VaadinIcon.BAR_CHART, getTranslation("assessment.empty")));
            return;
        }
        Anchor export = new Anchor(event -> {
            event.setFileName("assessment-" + LocalDate.now(Formats.CHINA) + ".xlsx");
            event.setContentType(AssessmentExcel.CONTENT_TYPE);
            CohortAssessment chosen = cohort.getValue();
            AssessmentExcel.write(figures, chosen == null ? "" : chosen.cohort().name(), results, this,
                    event.getOutputStream());
        }, getTranslation("assessment.export"));
        export.addClassName("kc-export");
        configureCohorts();
        attendanceChart.setId("assessment-attendance-chart");
        gradeChart.setId("assessment-grade-chart");
        FlexLayout charts = new FlexLayout(card("assessment.chart.attendance", attendanceChart),
                card("assessment.chart.grades", gradeChart));
        charts.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        charts.setWidthFull();
        drawAttendance();
        cohort.setLabel(getTranslation("submission.cohort"));
        cohort.setItems(figures);
        cohort.setItemLabelGenerator(c -> c.cohort().name());
        cohort.setWidth("min(24rem, 100%)");
        cohort.addValueChangeListener(change -> select(change.getValue()));
        configureTrainees();
        HorizontalLayout tools = new HorizontalLayout(cohort, export);
        tools.setAlignItems(Alignment.BASELINE);
        tools.setWrap(true);
        add(cohorts, charts, new H3(getTranslation("assessment.trainees")), tools, trainees);
        cohort.setValue(figures.getFirst());
    }

    private static Div card(String titleKey, EChart chart) {
        Div card = new Div(new H3(chart.getTranslation(titleKey)), chart);
        card.addClassName("kc-chart-card");
        card.setWidth("min(32rem, 100%)");
        return card;
    }

    private void configureCohorts() {
        cohorts.addColumn(c -> c.cohort().name()).setHeader(getTranslation("assessment.cohort")).setAutoWidth(true)
                .setKey("cohort");
        cohorts.addColumn(CohortAssessment::enrolled).setHeader(getTranslation("assessment.enrolled"));
        cohorts.addColumn(c -> c.sessionsHeld() + " / " + c.sessions()).setHeader(getTranslation("assessment.held"));
        cohorts.addColumn(c -> rate(c.attendanceRate())).setHeader(getTranslation("assessment.rate")).setKey("rate")
                .setComparator(c -> c.attendanceRate() == null ? -1 : c.attendanceRate());
        cohorts.addColumn(c -> c.submitted() + " / " + c.enrolled()).setHeader(getTranslation("assessment.submitted"))
                .setKey("submitted");
        cohorts.addColumn(CohortAssessment::drafts).setHeader(getTranslation("assessment.drafts"));
        for (Grade g : Grade.values()) {
            cohorts.addColumn(c -> c.grades().getOrDefault(g, 0)).setHeader(g.chineseName()).setKey(g.name());
        }
        cohorts.addColumn(CohortAssessment::awaitingReview).setHeader(getTranslation("assessment.awaiting"));
        // EXAM: scores arrive with the exam sittings feature; until then the recorded pass/fail.
        cohorts.addColumn(c -> exam(c)).setHeader(getTranslation("assessment.exam")).setKey("exam");
        cohorts.setItems(figures);
        cohorts.setAllRowsVisible(true);
        cohorts.addItemClickListener(click -> cohort.setValue(click.getItem()));
    }

    private void configureTrainees() {
        trainees.addColumn(TraineeResult::name).setHeader(getTranslation("submission.trainee")).setSortable(true)
                .setKey("name");
        trainees.addColumn(t -> t.attended() + " / " + t.sessionsHeld()).setHeader(getTranslation("assessment.attended"));
        trainees.addColumn(t -> rate(t.attendancePercent())).setHeader(getTranslation("assessment.rate"))
                .setKey("rate").setComparator(t -> t.attendancePercent() == null ? -1 : t.attendancePercent());
        trainees.addColumn(t -> getTranslation("submission.status." + t.planStatus().name()))
                .setHeader(getTranslation("assessment.plan")).setKey("plan");
        trainees.addColumn(t -> t.planScore() == null ? "" : String.valueOf(t.planScore()))
                .setHeader(getTranslation("assessment.score")).setKey("score")
                .setComparator(t -> t.planScore() == null ? -1 : t.planScore());
        trainees.addColumn(t -> t.planGrade() == null ? "" : t.planGrade().chineseName())
                .setHeader(getTranslation("review-results.grade")).setKey("grade");
        trainees.addColumn(t -> examOf(t.examPassed())).setHeader(getTranslation("assessment.exam")).setKey("exam");
        trainees.setPageSize(50);
        trainees.setHeight("28rem");
    }

    void select(@Nullable CohortAssessment chosen) {
        results = chosen == null ? List.of() : statistics.trainees(chosen.cohort().id());
        trainees.setItems(results);
        drawGrades(chosen);
    }

    private void drawAttendance() {
        attendanceChart.setOption(Map.of(
                "tooltip", Map.of("trigger", "axis"),
                "xAxis", Map.of("type", "category", "data", figures.stream().map(c -> c.cohort().name()).toList(),
                        "axisLabel", Map.of("interval", 0, "rotate", 20)),
                "yAxis", Map.of("type", "value", "max", 100, "axisLabel", Map.of("formatter", "{value}%")),
                "series", List.of(Map.of("type", "bar", "name", getTranslation("assessment.rate"),
                        "data", figures.stream().map(c -> c.attendanceRate() == null ? 0 : c.attendanceRate())
                                .toList()))));
    }

    private void drawGrades(@Nullable CohortAssessment chosen) {
        List<Map<String, Object>> data = chosen == null ? List.of() : Arrays.stream(Grade.values())
                .map(g -> Map.<String, Object>of("name", g.chineseName(), "value", chosen.grades().getOrDefault(g, 0)))
                .toList();
        gradeChart.setOption(Map.of(
                "tooltip", Map.of("trigger", "item"),
                "title", Map.of("text", chosen == null ? "" : chosen.cohort().name(), "left", "center",
                        "textStyle", Map.of("fontSize", 12)),
                "series", List.of(Map.of("type", "pie", "radius", List.of("40%", "70%"), "data", data))));
    }

    String rate(@Nullable Integer percent) {
        return percent == null ? getTranslation("assessment.not-recorded") : percent + "%";
    }

    private String exam(CohortAssessment c) {
        return c.examPassed() + c.examFailed() == 0 ? getTranslation("assessment.exam.none")
                : getTranslation("assessment.exam.figures", c.examPassed(), c.examFailed());
    }

    private String examOf(@Nullable Boolean passed) {
        return passed == null ? getTranslation("assessment.exam.none")
                : getTranslation(passed ? "assessment.exam.passed" : "assessment.exam.failed");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("assessment.title") + " | " + getTranslation("app.name");
    }
}
