package cn.kaichuang.app.ui.operations;

import cn.kaichuang.app.security.Roles;
import cn.kaichuang.app.ui.Formats;
import cn.kaichuang.app.ui.MainLayout;
import cn.kaichuang.operations.RequestFigures;
import cn.kaichuang.operations.RequestStatistics;
import cn.kaichuang.operations.TimeBucket;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * 运行统计: requests, error rate and slowest endpoints of all replicas over the last hour, day
 * or week, from the per-minute samples every replica writes.
 */
@Route(value = "operations", layout = MainLayout.class)
@RolesAllowed(Roles.PROVINCE_ADMIN)
public class RequestStatisticsView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm");

    final Select<Period> period = new Select<>();
    final Span requests = new Span();
    final Span errorRate = new Span();
    final Span slowest = new Span();
    final Grid<TimeBucket> series = new Grid<>();
    final Grid<RequestFigures> endpoints = new Grid<>();
    final Paragraph empty = new Paragraph();
    private final RequestStatistics statistics;
    /** What the export writes: the figures last shown (the download runs outside the UI's lock). */
    private volatile Shown shown = new Shown(List.of(), List.of());

    private record Shown(List<RequestFigures> endpoints, List<TimeBucket> series) {
    }

    RequestStatisticsView(RequestStatistics statistics) {
        this.statistics = statistics;
        addClassName("kc-view");
        setSizeFull();
        period.setLabel(getTranslation("operations.period"));
        period.setItems(Period.values());
        period.setItemLabelGenerator(p -> getTranslation("operations.period." + p.name()));
        period.setValue(Period.DAY);
        period.addValueChangeListener(change -> refresh());
        Anchor export = new Anchor(event -> {
            Shown current = shown;
            event.setFileName("request-statistics-" + LocalDate.now(Formats.CHINA) + ".xlsx");
            event.setContentType(StatisticsExcel.CONTENT_TYPE);
            StatisticsExcel.write(current.endpoints(), current.series(), this::getTranslation, event.getOutputStream());
        }, getTranslation("operations.export"));
        export.addClassName("kc-export");
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("operations.title")), period, export);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setWrap(true);
        HorizontalLayout totals = new HorizontalLayout(requests, errorRate, slowest);
        totals.setWrap(true);

        series.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        series.addColumn(b -> b.start().atZone(Formats.CHINA).format(TIME)).setHeader(getTranslation("operations.time"))
                .setAutoWidth(true);
        figureColumns(series, TimeBucket::figures);
        series.setHeight("18em");
        endpoints.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        endpoints.addColumn(RequestFigures::endpoint).setHeader(getTranslation("operations.endpoint")).setFlexGrow(3)
                .setSortable(true).setComparator(RequestFigures::endpoint);
        figureColumns(endpoints, Function.identity());

        add(header, new Paragraph(getTranslation("operations.explain")), totals, empty,
                new H3(getTranslation("operations.series")), series, new H3(getTranslation("operations.endpoints")),
                endpoints);
        refresh();
    }

    private <T> void figureColumns(Grid<T> grid, Function<T, RequestFigures> of) {
        NumberFormat percent = NumberFormat.getPercentInstance(Locale.SIMPLIFIED_CHINESE);
        percent.setMaximumFractionDigits(2);
        grid.addColumn(t -> of.apply(t).requests()).setHeader(getTranslation("operations.requests"))
                .setComparator(Comparator.comparingLong(t -> of.apply(t).requests())).setAutoWidth(true);
        grid.addColumn(t -> percent.format(of.apply(t).errorRate())).setHeader(getTranslation("operations.error-rate"))
                .setComparator(Comparator.comparingDouble(t -> of.apply(t).errorRate())).setAutoWidth(true);
        grid.addColumn(t -> of.apply(t).clientErrors()).setHeader(getTranslation("operations.client-errors"))
                .setComparator(Comparator.comparingLong(t -> of.apply(t).clientErrors())).setAutoWidth(true);
        grid.addColumn(t -> of.apply(t).averageMillis()).setHeader(getTranslation("operations.average-ms"))
                .setComparator(Comparator.comparingLong(t -> of.apply(t).averageMillis())).setAutoWidth(true);
        grid.addColumn(t -> of.apply(t).maxMillis()).setHeader(getTranslation("operations.max-ms"))
                .setComparator(Comparator.comparingLong(t -> of.apply(t).maxMillis())).setAutoWidth(true);
    }

    void refresh() {
        Period chosen = period.getValue();
        Instant to = Instant.now().truncatedTo(ChronoUnit.MINUTES).plus(1, ChronoUnit.MINUTES);
        Instant from = to.minus(chosen.length);
        RequestFigures total = statistics.totals(from, to);
        List<RequestFigures> byEndpoint = statistics.endpoints(from, to);
        List<TimeBucket> bySeries = statistics.series(from, to, chosen.bucket);
        shown = new Shown(byEndpoint, bySeries);
        NumberFormat percent = NumberFormat.getPercentInstance(Locale.SIMPLIFIED_CHINESE);
        percent.setMaximumFractionDigits(2);
        requests.setText(getTranslation("operations.total-requests", total.requests()));
        errorRate.setText(getTranslation("operations.total-error-rate", percent.format(total.errorRate())));
        String slowestName = byEndpoint.stream().max(Comparator.comparingLong(RequestFigures::maxMillis))
                .map(f -> f.endpoint() + " (" + f.maxMillis() + " ms)").orElse("—");
        slowest.setText(getTranslation("operations.slowest", slowestName));
        series.setItems(bySeries);
        endpoints.setItems(byEndpoint);
        empty.setText(getTranslation("operations.empty"));
        empty.setVisible(byEndpoint.isEmpty());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("operations.title") + " | " + getTranslation("app.name");
    }
}
