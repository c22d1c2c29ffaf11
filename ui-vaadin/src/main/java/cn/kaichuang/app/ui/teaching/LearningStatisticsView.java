package cn.kaichuang.app.ui.teaching;

import cn.kaichuang.app.security.Roles;
import cn.kaichuang.app.ui.EmptyState;
import cn.kaichuang.app.ui.Formats;
import cn.kaichuang.app.ui.MainLayout;
import cn.kaichuang.app.ui.console.EChart;
import cn.kaichuang.cohort.CohortView;
import cn.kaichuang.cohort.Cohorts;
import cn.kaichuang.teaching.CohortStatistics;
import cn.kaichuang.teaching.LearningStatistics;
import cn.kaichuang.teaching.StatisticsColumn;
import cn.kaichuang.teaching.TaskCompletionCount;
import cn.kaichuang.teaching.TraineeStatistics;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * 学习统计: a cohort's learning figures per trainee (every column any feature contributes), the
 * cohort's averages, charts as the console draws them (ECharts) and an Excel export.
 */
@Route(value = "teaching/statistics", layout = MainLayout.class)
@RolesAllowed({Roles.LECTURER, Roles.INSTITUTION_ADMIN})
public class LearningStatisticsView extends VerticalLayout implements HasDynamicTitle {

    private final LearningStatistics statistics;
    final ComboBox<CohortView> cohort = new ComboBox<>();
    final Div kpis = new Div();
    final EChart traineeChart = new EChart();
    final EChart taskChart = new EChart();
    final Grid<TraineeStatistics> grid = new Grid<>();
    final Grid<CohortStatistics> overview = new Grid<>();
    final EmptyState empty;
    @Nullable CohortStatistics current;

    LearningStatisticsView(LearningStatistics statistics, Cohorts cohorts) {
        this.statistics = statistics;
        addClassName("kc-view");
        add(new H2(getTranslation("teaching.stats.title")));
        empty = new EmptyState(VaadinIcon.CHART, getTranslation("teaching.stats.empty"));
        List<CohortView> all = cohorts.all();
        if (all.isEmpty()) {
            add(new EmptyState(VaadinIcon.CALENDAR, getTranslation("teaching.no-cohorts")));
            return;
        }
        cohort.setLabel(getTranslation("teaching.cohort"));
        cohort.setItems(all);
        cohort.setItemLabelGenerator(CohortView::name);
        cohort.setWidth("min(24rem, 100%)");
        cohort.addValueChangeListener(change -> refresh());
        Anchor export = new Anchor(event -> {
            CohortStatistics stats = current;
            event.setFileName("learning-statistics-" + LocalDate.now(Formats.CHINA) + ".xlsx");
            event.setContentType(StatisticsExcel.CONTENT_TYPE);
            if (stats != null) {
                StatisticsExcel.write(stats, this, event.getOutputStream());
            }
        }, getTranslation("teaching.stats.export"));
        export.addClassName("kc-export");
        HorizontalLayout tools = new HorizontalLayout(cohort, export);
        tools.setWrap(true);
        tools.setAlignItems(Alignment.BASELINE);
        kpis.addClassName("kc-kpis");
        traineeChart.setId("teaching-chart-trainees");
        taskChart.setId("teaching-chart-tasks");
        Div charts = new Div(card("teaching.stats.chart-trainees", traineeChart),
                card("teaching.stats.chart-tasks", taskChart));
        charts.addClassName("kc-charts");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        configureOverview();
        add(tools, kpis, charts, grid, empty, new H3(getTranslation("teaching.stats.overview")), overview);
        cohort.setValue(all.getFirst());
    }

    /** Every cohort the caller runs, one line each with its averages. */
    private void configureOverview() {
        List<CohortStatistics> cohorts = statistics.overview();
        overview.addThemeVariants(GridVariant.LUMO_COMPACT);
        overview.addColumn(CohortStatistics::cohortName).setHeader(getTranslation("teaching.cohort")).setFlexGrow(2)
                .setKey("cohort");
        overview.addColumn(c -> c.trainees().size()).setHeader(getTranslation("teaching.stats.enrolled"))
                .setAutoWidth(true).setKey("trainees");
        List<StatisticsColumn> columns = statistics.columns();
        for (StatisticsColumn column : columns) {
            if (column.unit() != StatisticsColumn.Unit.COUNT) {
                overview.addColumn(c -> format(column, c.average(column.key())))
                        .setHeader(getTranslation("teaching.stats.average-of", getTranslation(column.key())))
                        .setAutoWidth(true).setKey(column.key());
            }
        }
        overview.setItems(cohorts);
        overview.setAllRowsVisible(true);
        overview.addItemClickListener(click -> choose(click.getItem()));
    }

    private void choose(CohortStatistics chosen) {
        cohort.getListDataView().getItems().filter(c -> c.id().equals(chosen.cohort())).findFirst()
                .ifPresent(cohort::setValue);
    }

    private static Div card(String titleKey, EChart chart) {
        Div card = new Div(new H3(chart.getTranslation(titleKey)), chart);
        card.addClassName("kc-chart-card");
        return card;
    }

    void refresh() {
        CohortView chosen = cohort.getValue();
        current = chosen == null ? null : statistics.of(chosen.id()).orElse(null);
        CohortStatistics stats = current;
        kpis.removeAll();
        grid.removeAllColumns();
        if (stats == null || stats.trainees().isEmpty()) {
            grid.setVisible(false);
            empty.setVisible(true);
            return;
        }
        grid.setVisible(true);
        empty.setVisible(false);
        kpis.add(kpi(String.valueOf(stats.trainees().size()), getTranslation("teaching.stats.enrolled")));
        for (StatisticsColumn column : stats.columns()) {
            Double average = stats.average(column.key());
            if (average != null && column.unit() != StatisticsColumn.Unit.COUNT) {
                kpis.add(kpi(column.unit() == StatisticsColumn.Unit.PERCENT ? Labels.percent(average)
                        : String.valueOf(average), getTranslation("teaching.stats.average-of", getTranslation(column.key()))));
            }
        }
        grid.addColumn(TraineeStatistics::name).setHeader(getTranslation("teaching.trainee")).setFrozen(true)
                .setAutoWidth(true).setSortable(true).setComparator(TraineeStatistics::name).setKey("trainee");
        for (StatisticsColumn column : stats.columns()) {
            grid.addColumn(row -> format(column, row.figure(column.key())))
                    .setHeader(StatisticsExcel.header(this, column)).setAutoWidth(true).setKey(column.key())
                    .setComparator(row -> row.figure(column.key()) == null ? -1 : row.figure(column.key()));
        }
        grid.setItems(stats.trainees());
        traineeChart.setOption(traineeOption(stats));
        taskChart.setOption(taskOption(stats));
    }

    private static String format(StatisticsColumn column, @Nullable Double value) {
        if (value == null) {
            return "—";
        }
        return switch (column.unit()) {
            case PERCENT -> Labels.percent(value);
            case COUNT -> String.valueOf(value.longValue());
            case SCORE -> String.valueOf(value);
        };
    }

    private Div kpi(String value, String label) {
        Span number = new Span(value);
        number.addClassName("kc-kpi-value");
        Span text = new Span(label);
        text.addClassName("kc-kpi-label");
        Div kpi = new Div(number, new Div(text));
        kpi.addClassName("kc-kpi");
        return kpi;
    }

    /** Resource progress and task completion per trainee, as grouped bars. */
    Map<String, Object> traineeOption(CohortStatistics stats) {
        List<String> names = stats.trainees().stream().map(TraineeStatistics::name).toList();
        List<Map<String, Object>> series = stats.columns().stream()
                .filter(c -> c.unit() == StatisticsColumn.Unit.PERCENT)
                .map(c -> Map.<String, Object>of("name", getTranslation(c.key()), "type", "bar",
                        "data", stats.trainees().stream().map(t -> t.figure(c.key()) == null ? 0.0
                                : t.figure(c.key())).toList()))
                .toList();
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("tooltip", Map.of("trigger", "axis"));
        option.put("legend", Map.of("top", 0));
        option.put("grid", Map.of("left", 40, "right", 10, "bottom", 60, "top", 30));
        option.put("xAxis", Map.of("type", "category", "data", names, "axisLabel", Map.of("rotate", 45)));
        option.put("yAxis", Map.of("type", "value", "max", 100));
        option.put("series", series);
        return option;
    }

    /** Completed and returned per task, stacked. */
    Map<String, Object> taskOption(CohortStatistics stats) {
        List<String> titles = stats.tasks().stream().map(TaskCompletionCount::title).toList();
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("tooltip", Map.of("trigger", "axis"));
        option.put("legend", Map.of("top", 0));
        option.put("grid", Map.of("left", 40, "right", 10, "bottom", 60, "top", 30));
        option.put("xAxis", Map.of("type", "category", "data", titles, "axisLabel", Map.of("rotate", 30)));
        option.put("yAxis", Map.of("type", "value", "minInterval", 1,
                "max", stats.trainees().size()));
        option.put("series", List.of(
                Map.of("name", getTranslation("teaching.status.COMPLETED"), "type", "bar", "stack", "t",
                        "data", stats.tasks().stream().map(TaskCompletionCount::completed).toList()),
                Map.of("name", getTranslation("teaching.status.RETURNED"), "type", "bar", "stack", "t",
                        "data", stats.tasks().stream().map(TaskCompletionCount::returned).toList())));
        return option;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("teaching.stats.title") + " | " + getTranslation("app.name");
    }
}
