package cn.kaichuang.app.ui.console;

import cn.kaichuang.app.security.CurrentUser;
import cn.kaichuang.app.security.Roles;
import cn.kaichuang.app.ui.EmptyState;
import cn.kaichuang.app.ui.Formats;
import cn.kaichuang.app.ui.MainLayout;
import cn.kaichuang.app.ui.Regions;
import cn.kaichuang.app.ui.province.InstitutionsView;
import cn.kaichuang.cohort.CohortStatus;
import cn.kaichuang.cohort.CourseType;
import cn.kaichuang.identity.Caller;
import cn.kaichuang.identity.Role;
import cn.kaichuang.supervision.ConsoleMetric;
import cn.kaichuang.supervision.ConsoleSnapshots;
import cn.kaichuang.supervision.Dashboard;
import cn.kaichuang.supervision.SnapshotRun;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * 统计看板 at {@code /console}: the province's (or one prefecture's) figures from the latest
 * snapshot, with the time they were taken. Reads only the snapshot tables (one indexed query);
 * the lists and the institution page drill down from here.
 */
@Route(value = "console", layout = MainLayout.class)
@RolesAllowed({Roles.PROVINCE_ADMIN, Roles.PREFECTURE_ADMIN})
public class ConsoleView extends VerticalLayout implements HasDynamicTitle {

    private final ConsoleSnapshots console;
    private final Caller user = CurrentUser.require();
    private final Span asOf = new Span();
    private final Div kpis = new Div();
    private final Div charts = new Div();
    private final EmptyState empty;
    private final Map<String, EChart> chartsByKey = new LinkedHashMap<>();
    private final List<String> prefectureCodes = new ArrayList<>();

    ConsoleView(ConsoleSnapshots console) {
        this.console = console;
        addClassName("kc-view");
        H2 title = new H2(getTranslation("console.title"));
        HorizontalLayout header = new HorizontalLayout(title);
        if (user.is(Role.PROVINCE_ADMIN)) {
            Button refresh = new Button(getTranslation("console.refresh"), VaadinIcon.REFRESH.create(),
                    click -> refresh());
            refresh.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            refresh.setId("console-refresh");
            header.add(refresh);
        }
        header.setWidthFull();
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.setWrap(true);
        String scope = user.is(Role.PREFECTURE_ADMIN)
                ? getTranslation("institutions.scope.prefecture", Regions.name(this, user.regionCode()))
                : getTranslation("institutions.scope.province");
        asOf.setId("console-as-of");
        HorizontalLayout links = new HorizontalLayout(
                new RouterLink(getTranslation("console.cohorts.title"), ConsoleCohortsView.class),
                new RouterLink(getTranslation("console.certificates.title"), ConsoleCertificatesView.class),
                new RouterLink(getTranslation("institutions.title"), InstitutionsView.class),
                new Anchor("people", getTranslation("console.people")));
        links.setWrap(true);
        kpis.addClassName("kc-kpis");
        charts.addClassName("kc-charts");
        chart("status", "console.chart.status");
        chart("type", "console.chart.type");
        chart("prefecture", "console.chart.prefecture");
        chart("month", "console.chart.month");
        chart("rates", "console.chart.rates");
        chart("certificates", "console.chart.certificates");
        chartsByKey.get("prefecture").onClick(this::openPrefecture);
        empty = new EmptyState(VaadinIcon.CHART, getTranslation("console.empty"));
        add(header, new Span(scope), asOf, links, empty, kpis, charts);
        load();
    }

    /** The charts by key (status, type, prefecture, month, rates, certificates). */
    Map<String, EChart> charts() {
        return chartsByKey;
    }

    private void chart(String key, String titleKey) {
        EChart chart = new EChart();
        chart.setId("console-chart-" + key);
        chartsByKey.put(key, chart);
        Div card = new Div(new H3(getTranslation(titleKey)), chart);
        card.addClassName("kc-chart-card");
        charts.add(card);
    }

    private void load() {
        Dashboard d = console.dashboard();
        boolean none = d.isEmpty();
        empty.setVisible(none);
        kpis.setVisible(!none);
        charts.setVisible(!none);
        asOf.setText(d.takenAt().map(at -> getTranslation("console.as-of", Formats.dateTime(this, at))
                + (d.failed() > 0 ? " " + getTranslation("console.stale", d.failed()) : ""))
                .orElse(getTranslation("console.no-snapshot")));
        if (none) {
            return;
        }
        long completed = d.total(ConsoleMetric.COMPLETED_ENROLMENTS_BY_TYPE);
        long valid = d.total(ConsoleMetric.CERTIFICATES_VALID);
        kpis.removeAll();
        kpi("console.kpi.institutions", String.valueOf(d.total(ConsoleMetric.INSTITUTIONS)));
        kpi("console.kpi.cohorts", String.valueOf(d.total(ConsoleMetric.COHORTS_BY_STATUS)));
        kpi("console.kpi.running", String.valueOf(d.total(ConsoleMetric.COHORTS_BY_STATUS, CohortStatus.RUNNING.name())));
        kpi("console.kpi.trainees", String.valueOf(d.total(ConsoleMetric.TRAINEES)));
        kpi("console.kpi.enrolments", String.valueOf(d.total(ConsoleMetric.ENROLMENTS_BY_TYPE)));
        kpi("console.kpi.completion", percent(Dashboard.rate(completed,
                d.total(ConsoleMetric.ENDED_ENROLMENTS_BY_TYPE))));
        kpi("console.kpi.pass", percent(Dashboard.rate(valid, completed)));
        kpi("console.kpi.certificates", String.valueOf(valid));
        kpi("console.kpi.revoked", String.valueOf(d.total(ConsoleMetric.CERTIFICATES_REVOKED)));
        drawCharts(d);
    }

    private void drawCharts(Dashboard d) {
        Map<String, Long> status = d.byDimension(ConsoleMetric.COHORTS_BY_STATUS);
        chartsByKey.get("status").setOption(Map.of(
                "tooltip", Map.of("trigger", "item"),
                "series", List.of(Map.of("type", "pie", "radius", List.of("40%", "70%"),
                        "data", Arrays.stream(CohortStatus.values()).filter(s -> status.containsKey(s.name()))
                                .map(s -> Map.of("name", getTranslation("cohort.status." + s.name()),
                                        "value", status.get(s.name()))).toList()))));
        List<String> types = Arrays.stream(CourseType.values()).map(Enum::name).toList();
        List<String> typeNames = types.stream().map(t -> getTranslation("course." + t)).toList();
        bars("type", typeNames, Map.of(
                getTranslation("console.series.enrolments"), values(d.byDimension(ConsoleMetric.ENROLMENTS_BY_TYPE), types),
                getTranslation("console.series.completed"),
                values(d.byDimension(ConsoleMetric.COMPLETED_ENROLMENTS_BY_TYPE), types)), false);
        Map<String, Long> prefectures = d.byPrefecture(ConsoleMetric.ENROLMENTS_BY_TYPE);
        prefectureCodes.clear();
        prefectureCodes.addAll(prefectures.keySet());
        bars("prefecture", prefectureCodes.stream().map(code -> Regions.name(this, code)).toList(), Map.of(
                getTranslation("console.series.enrolments"), List.copyOf(prefectures.values()),
                getTranslation("console.series.trainees"),
                values(d.byPrefecture(ConsoleMetric.TRAINEES), prefectureCodes)), false);
        Map<String, Long> months = d.byDimension(ConsoleMetric.ENROLMENTS_BY_MONTH);
        chartsByKey.get("month").setOption(Map.of(
                "tooltip", Map.of("trigger", "axis"),
                "xAxis", Map.of("type", "category", "data", List.copyOf(months.keySet())),
                "yAxis", Map.of("type", "value"),
                "series", List.of(Map.of("type", "line", "smooth", true,
                        "name", getTranslation("console.series.enrolments"), "data", List.copyOf(months.values())))));
        Map<String, Long> completed = d.byDimension(ConsoleMetric.COMPLETED_ENROLMENTS_BY_TYPE);
        Map<String, Long> ended = d.byDimension(ConsoleMetric.ENDED_ENROLMENTS_BY_TYPE);
        Map<String, Long> valid = d.byDimension(ConsoleMetric.CERTIFICATES_VALID);
        bars("rates", typeNames, Map.of(
                getTranslation("console.series.completion"), types.stream().map(t -> Dashboard.rate(
                        completed.getOrDefault(t, 0L), ended.getOrDefault(t, 0L)).orElse(0.0)).toList(),
                getTranslation("console.series.pass"), types.stream().map(t -> Dashboard.rate(
                        valid.getOrDefault(t, 0L), completed.getOrDefault(t, 0L)).orElse(0.0)).toList()), true);
        Map<String, Long> issued = d.byDimension(ConsoleMetric.CERTIFICATES_BY_MONTH);
        bars("certificates", List.copyOf(issued.keySet()), Map.of(
                getTranslation("console.series.certificates"), List.copyOf(issued.values())), false);
    }

    private void bars(String key, List<String> categories, Map<String, List<? extends Number>> series,
            boolean percent) {
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("tooltip", Map.of("trigger", "axis"));
        option.put("legend", Map.of("top", 0));
        option.put("grid", Map.of("left", 40, "right", 10, "bottom", 60, "containLabel", true));
        option.put("xAxis", Map.of("type", "category", "data", categories, "axisLabel", Map.of("rotate", 30)));
        option.put("yAxis", percent ? Map.of("type", "value", "max", 100, "axisLabel", Map.of("formatter", "{value}%"))
                : Map.of("type", "value"));
        option.put("series", series.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(s -> Map.of("type", "bar", "name", s.getKey(), "data", s.getValue())).toList());
        chartsByKey.get(key).setOption(option);
    }

    private static List<Long> values(Map<String, Long> byDimension, List<String> order) {
        return order.stream().map(k -> byDimension.getOrDefault(k, 0L)).toList();
    }

    private String percent(Optional<Double> rate) {
        return rate.map(r -> r + "%").orElse(getTranslation("common.none"));
    }

    private void kpi(String labelKey, String value) {
        Span number = new Span(value);
        number.addClassName("kc-kpi-value");
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("kc-kpi-label");
        Div card = new Div(number, new Div(label));
        card.addClassName("kc-kpi");
        card.setId("kpi-" + labelKey.substring(labelKey.lastIndexOf('.') + 1));
        kpis.add(card);
    }

    private void openPrefecture(String name) {
        prefectureCodes.stream().filter(code -> Regions.name(this, code).equals(name)).findFirst()
                .ifPresent(code -> getUI().ifPresent(ui -> ui.navigate(ConsoleCohortsView.class,
                        QueryParameters.of("region", code))));
    }

    private void refresh() {
        SnapshotRun run = console.refresh();
        Notification done = Notification.show(getTranslation("institutions.refreshed", run.refreshed()));
        done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        if (!run.failed().isEmpty()) {
            Notification failed = Notification.show(getTranslation("institutions.refresh-failed",
                    run.failed().stream().map(c -> c.value()).collect(Collectors.joining(", "))));
            failed.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        load();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("console.title") + " | " + getTranslation("app.name");
    }
}
