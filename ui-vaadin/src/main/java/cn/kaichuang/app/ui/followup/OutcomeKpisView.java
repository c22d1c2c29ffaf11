package cn.kaichuang.app.ui.followup;

import cn.kaichuang.app.security.CurrentUser;
import cn.kaichuang.app.security.Roles;
import cn.kaichuang.app.ui.CourseTypes;
import cn.kaichuang.app.ui.EmptyState;
import cn.kaichuang.app.ui.Formats;
import cn.kaichuang.app.ui.MainLayout;
import cn.kaichuang.app.ui.Regions;
import cn.kaichuang.app.ui.console.EChart;
import cn.kaichuang.cohort.CourseType;
import cn.kaichuang.followup.KpiDimension;
import cn.kaichuang.followup.KpiReport;
import cn.kaichuang.followup.KpiRow;
import cn.kaichuang.followup.OutcomeKpis;
import cn.kaichuang.identity.Caller;
import cn.kaichuang.identity.Role;
import cn.kaichuang.supervision.SnapshotRun;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * 就业创业成效 at {@code /outcomes}: start-up rate, jobs created and employment rate. The province and
 * prefectures read the latest snapshots (per institution, prefecture, course type, lecturer; the
 * province admin may refresh them), an institution's admin its own figures live (per course type,
 * lecturer). A chart and a table of the same rows, exported to Excel.
 */
@Route(value = "outcomes", layout = MainLayout.class)
@RolesAllowed({Roles.PROVINCE_ADMIN, Roles.PREFECTURE_ADMIN, Roles.INSTITUTION_ADMIN})
public class OutcomeKpisView extends VerticalLayout implements HasDynamicTitle {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final OutcomeKpis kpis;
    private final Caller user = CurrentUser.require();
    private final boolean province = !user.is(Role.INSTITUTION_ADMIN);
    final Select<KpiDimension> dimension = new Select<>();
    final Grid<KpiRow> grid = new Grid<>();
    final EChart rates = new EChart();
    final EChart jobs = new EChart();
    private final Div kpiCards = new Div();
    private final Span asOf = new Span();
    private final EmptyState empty;
    private final Div body = new Div();
    KpiReport report;

    OutcomeKpisView(OutcomeKpis kpis) {
        this.kpis = kpis;
        addClassName("kc-view");
        H2 title = new H2(getTranslation("followup.kpi.title"));
        Anchor export = new Anchor(event -> {
            event.setFileName("outcomes-" + LocalDate.now(Formats.CHINA) + ".xlsx");
            event.setContentType(XLSX);
            exportTo(event.getOutputStream());
        }, getTranslation("console.export"));
        export.addClassName("kc-export");
        export.setId("outcomes-export");
        HorizontalLayout header = new HorizontalLayout(title, export);
        if (user.is(Role.PROVINCE_ADMIN)) {
            Button refresh = new Button(getTranslation("console.refresh"), VaadinIcon.REFRESH.create(),
                    click -> refresh());
            refresh.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            refresh.setId("outcomes-refresh");
            header.add(refresh);
        }
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.setWrap(true);

        List<KpiDimension> dimensions = province ? List.of(KpiDimension.values())
                : List.of(KpiDimension.COURSE_TYPE, KpiDimension.LECTURER);
        dimension.setLabel(getTranslation("followup.kpi.by"));
        dimension.setItems(dimensions);
        dimension.setItemLabelGenerator(d -> getTranslation("followup.kpi.by." + d.name()));
        dimension.setValue(dimensions.getFirst());
        dimension.addValueChangeListener(change -> load());

        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(this::label).setHeader(getTranslation("followup.kpi.group")).setFlexGrow(1);
        grid.addColumn(KpiRow::completed).setHeader(getTranslation("followup.kpi.completed")).setAutoWidth(true);
        grid.addColumn(KpiRow::reached).setHeader(getTranslation("followup.kpi.reached")).setAutoWidth(true);
        grid.addColumn(KpiRow::started).setHeader(getTranslation("followup.kpi.started")).setAutoWidth(true);
        grid.addColumn(r -> percent(r.startupRate())).setHeader(getTranslation("followup.kpi.startup-rate"))
                .setAutoWidth(true);
        grid.addColumn(KpiRow::jobs).setHeader(getTranslation("followup.kpi.jobs")).setAutoWidth(true);
        grid.addColumn(r -> percent(r.employmentRate())).setHeader(getTranslation("followup.kpi.employment-rate"))
                .setAutoWidth(true);
        grid.setAllRowsVisible(true);

        rates.setId("outcomes-chart-rates");
        jobs.setId("outcomes-chart-jobs");
        Div charts = new Div(card("followup.kpi.chart.rates", rates), card("followup.kpi.chart.jobs", jobs));
        charts.addClassName("kc-charts");
        kpiCards.addClassName("kc-kpis");
        asOf.setId("outcomes-as-of");
        empty = new EmptyState(VaadinIcon.CHART, getTranslation("followup.kpi.empty"));
        body.add(kpiCards, charts, grid);
        body.setWidthFull();
        add(header, asOf, dimension, empty, body);
        load();
    }

    private static Div card(String titleKey, EChart chart) {
        Div card = new Div(new H3(chart.getTranslation(titleKey)), chart);
        card.addClassName("kc-chart-card");
        return card;
    }

    void load() {
        report = province ? kpis.province(dimension.getValue()) : kpis.institution(dimension.getValue());
        asOf.setText(province ? report.takenAt().map(at -> getTranslation("console.as-of", Formats.dateTime(this, at)))
                .orElse(getTranslation("console.no-snapshot")) : getTranslation("followup.kpi.live"));
        empty.setVisible(report.isEmpty());
        body.setVisible(!report.isEmpty());
        grid.setItems(report.rows());
        kpiCards.removeAll();
        KpiRow total = report.total();
        kpi("completed", String.valueOf(total.completed()));
        kpi("reached", String.valueOf(total.reached()));
        kpi("startup-rate", percent(total.startupRate()));
        kpi("jobs", String.valueOf(total.jobs()));
        kpi("employment-rate", percent(total.employmentRate()));
        List<String> names = report.rows().stream().map(this::label).toList();
        Map<String, Object> option = bars(names);
        option.put("yAxis", Map.of("type", "value", "max", 100, "axisLabel", Map.of("formatter", "{value}%")));
        option.put("series", List.of(
                Map.of("type", "bar", "name", getTranslation("followup.kpi.startup-rate"),
                        "data", report.rows().stream().map(r -> r.startupRate().orElse(0.0)).toList()),
                Map.of("type", "bar", "name", getTranslation("followup.kpi.employment-rate"),
                        "data", report.rows().stream().map(r -> r.employmentRate().orElse(0.0)).toList())));
        rates.setOption(option);
        Map<String, Object> jobsOption = bars(names);
        jobsOption.put("yAxis", Map.of("type", "value"));
        jobsOption.put("series", List.of(Map.of("type", "bar", "name", getTranslation("followup.kpi.jobs"),
                "data", report.rows().stream().map(KpiRow::jobs).toList())));
        jobs.setOption(jobsOption);
    }

    private static Map<String, Object> bars(List<String> categories) {
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("tooltip", Map.of("trigger", "axis"));
        option.put("legend", Map.of("top", 0));
        option.put("grid", Map.of("left", 40, "right", 10, "bottom", 60, "containLabel", true));
        option.put("xAxis", Map.of("type", "category", "data", categories, "axisLabel", Map.of("rotate", 30)));
        return option;
    }

    private void kpi(String key, String value) {
        Span number = new Span(value);
        number.addClassName("kc-kpi-value");
        Span label = new Span(getTranslation("followup.kpi." + key));
        label.addClassName("kc-kpi-label");
        Div card = new Div(number, new Div(label));
        card.addClassName("kc-kpi");
        card.setId("outcomes-kpi-" + key);
        kpiCards.add(card);
    }

    /** The row's name as shown: course types and prefectures translated, a lecturer without a name marked. */
    String label(KpiRow row) {
        return switch (report.dimension()) {
            case COURSE_TYPE -> CourseTypes.name(this, CourseType.valueOf(row.key()));
            case PREFECTURE -> Regions.name(this, row.key());
            case LECTURER -> row.label().isBlank() || row.label().startsWith(" · ")
                    ? getTranslation("followup.kpi.no-lecturer") + row.label() : row.label();
            case INSTITUTION -> row.label();
        };
    }

    private String percent(Optional<Double> rate) {
        return rate.map(r -> r + "%").orElse(getTranslation("common.none"));
    }

    private void refresh() {
        SnapshotRun run = kpis.refresh();
        Notification.show(getTranslation("institutions.refreshed", run.refreshed()));
        load();
    }

    /** Writes the rows shown and their total as .xlsx; also the entry point of the view tests. */
    void exportTo(OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Kaichuang", "1.0");
        Worksheet sheet = workbook.newWorksheet(getTranslation("followup.kpi.title"));
        List<String> headers = List.of(getTranslation("followup.kpi.by." + report.dimension().name()),
                getTranslation("followup.kpi.completed"), getTranslation("followup.kpi.reached"),
                getTranslation("followup.kpi.started"), getTranslation("followup.kpi.startup-rate"),
                getTranslation("followup.kpi.jobs"), getTranslation("followup.kpi.employment-rate"));
        for (int c = 0; c < headers.size(); c++) {
            sheet.value(0, c, headers.get(c));
            sheet.style(0, c).bold().set();
            sheet.width(c, c == 0 ? 30 : 14);
        }
        int r = 1;
        for (KpiRow row : report.rows()) {
            write(sheet, r++, label(row), row);
        }
        write(sheet, r, getTranslation("followup.kpi.total"), report.total());
        sheet.style(r, 0).bold().set();
        workbook.finish();
    }

    /** One row: counts as numbers, rates as numbers of percent (blank when nobody was reached). */
    private static void write(Worksheet sheet, int r, String label, KpiRow row) {
        sheet.value(r, 0, label);
        sheet.value(r, 1, row.completed());
        sheet.value(r, 2, row.reached());
        sheet.value(r, 3, row.started());
        row.startupRate().ifPresent(v -> sheet.value(r, 4, v));
        sheet.value(r, 5, row.jobs());
        row.employmentRate().ifPresent(v -> sheet.value(r, 6, v));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("followup.kpi.title") + " | " + getTranslation("app.name");
    }
}
