package cn.kaichuang.app.ui.console;

import cn.kaichuang.app.security.CurrentUser;
import cn.kaichuang.app.security.Roles;
import cn.kaichuang.app.ui.EmptyState;
import cn.kaichuang.app.ui.Formats;
import cn.kaichuang.app.ui.MainLayout;
import cn.kaichuang.app.ui.Regions;
import cn.kaichuang.app.ui.province.InstitutionView;
import cn.kaichuang.cohort.CohortStatus;
import cn.kaichuang.cohort.CourseType;
import cn.kaichuang.identity.Caller;
import cn.kaichuang.identity.Role;
import cn.kaichuang.supervision.CohortFilter;
import cn.kaichuang.supervision.ConsoleCohort;
import cn.kaichuang.supervision.ConsoleSnapshots;
import cn.kaichuang.supervision.ListSort;
import cn.kaichuang.supervision.SupervisedInstitution;
import cn.kaichuang.supervision.SupervisedInstitutions;
import cn.kaichuang.tenancy.Tenant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * 全省班期 at {@code /console/cohorts}: every cohort of the caller's region from the snapshots,
 * filtered, searched, sorted and paged in the database; Excel export of the filtered rows; a row
 * opens its institution's live page. {@code ?region=430100} preselects a prefecture (the
 * dashboard's drill-down).
 */
@Route(value = "console/cohorts", layout = MainLayout.class)
@RolesAllowed({Roles.PROVINCE_ADMIN, Roles.PREFECTURE_ADMIN})
public class ConsoleCohortsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final ConsoleSnapshots console;
    private final Caller user = CurrentUser.require();
    private final Grid<ConsoleCohort> grid = new Grid<>();
    private final ComboBox<String> region = new ComboBox<>();
    private final ComboBox<Tenant> institution = new ComboBox<>();
    private final ComboBox<CourseType> courseType = new ComboBox<>();
    private final ComboBox<CohortStatus> status = new ComboBox<>();
    private final DatePicker startFrom = new DatePicker();
    private final DatePicker startTo = new DatePicker();
    private final TextField name = new TextField();
    private final Span count = new Span();
    private final EmptyState empty;
    private CohortFilter filter = CohortFilter.NONE;
    private @Nullable ListSort sort;

    ConsoleCohortsView(ConsoleSnapshots console, SupervisedInstitutions institutions) {
        this.console = console;
        addClassName("kc-view");
        setSizeFull();
        Anchor export = new Anchor(event -> {
            event.setFileName("cohorts-" + LocalDate.now(Formats.CHINA) + ".xlsx");
            event.setContentType(ConsoleExcel.CONTENT_TYPE);
            export(event.getOutputStream());
        }, getTranslation("console.export"));
        export.addClassName("kc-export");
        export.setId("console-cohorts-export");
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("console.cohorts.title")), export);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.setWrap(true);
        configureFilters(institutions.visible().stream().map(SupervisedInstitution::tenant).toList());
        HorizontalLayout filters = new HorizontalLayout(region, institution, courseType, status, startFrom, startTo,
                name);
        filters.setWrap(true);
        filters.setWidthFull();
        configureGrid();
        empty = new EmptyState(VaadinIcon.CALENDAR, getTranslation("console.cohorts.empty"));
        add(header, filters, count, grid, empty);
        apply();
    }

    private void configureFilters(List<Tenant> tenants) {
        region.setLabel(getTranslation("institutions.region"));
        region.setItems(Prefectures.HUNAN);
        region.setItemLabelGenerator(code -> Regions.name(this, code));
        region.setClearButtonVisible(true);
        region.setVisible(user.is(Role.PROVINCE_ADMIN));
        institution.setLabel(getTranslation("console.institution"));
        institution.setItems(tenants);
        institution.setItemLabelGenerator(Tenant::name);
        institution.setClearButtonVisible(true);
        courseType.setLabel(getTranslation("cohorts.course"));
        courseType.setItems(CourseType.values());
        courseType.setItemLabelGenerator(t -> getTranslation("course." + t.name()));
        courseType.setClearButtonVisible(true);
        status.setLabel(getTranslation("console.status"));
        status.setItems(CohortStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("cohort.status." + s.name()));
        status.setClearButtonVisible(true);
        startFrom.setLabel(getTranslation("console.start-from"));
        startTo.setLabel(getTranslation("console.start-to"));
        startFrom.setClearButtonVisible(true);
        startTo.setClearButtonVisible(true);
        name.setLabel(getTranslation("console.search"));
        name.setPlaceholder(getTranslation("console.search.cohort"));
        name.setClearButtonVisible(true);
        name.setValueChangeMode(ValueChangeMode.LAZY);
        name.setMaxLength(100);
        region.addValueChangeListener(e -> apply());
        institution.addValueChangeListener(e -> apply());
        courseType.addValueChangeListener(e -> apply());
        status.addValueChangeListener(e -> apply());
        startFrom.addValueChangeListener(e -> apply());
        startTo.addValueChangeListener(e -> apply());
        name.addValueChangeListener(e -> apply());
    }

    private void configureGrid() {
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(ConsoleCohort::name).setHeader(getTranslation("cohorts.name")).setSortProperty("name")
                .setAutoWidth(true).setFlexGrow(2).setFrozen(true);
        grid.addColumn(ConsoleCohort::institutionName).setHeader(getTranslation("console.institution"))
                .setSortProperty("institutionName").setAutoWidth(true);
        grid.addColumn(c -> Regions.name(this, c.regionCode())).setHeader(getTranslation("institutions.region"))
                .setSortProperty("regionCode").setAutoWidth(true);
        grid.addColumn(c -> getTranslation("course." + c.courseType().name())).setHeader(getTranslation("cohorts.course"))
                .setSortProperty("courseType").setAutoWidth(true);
        grid.addColumn(c -> getTranslation("cohort.status." + c.status().name()))
                .setHeader(getTranslation("console.status")).setSortProperty("status").setAutoWidth(true);
        grid.addColumn(c -> Formats.date(this, c.startDate())).setHeader(getTranslation("cohorts.start"))
                .setSortProperty("startDate").setAutoWidth(true);
        grid.addColumn(c -> Formats.date(this, c.endDate())).setHeader(getTranslation("cohorts.end"))
                .setSortProperty("endDate").setAutoWidth(true);
        grid.addColumn(c -> c.enrolled() + "/" + c.capacity()).setHeader(getTranslation("cohorts.enrolled"))
                .setSortProperty("enrolled").setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.setItems(query -> {
            sort = query.getSortOrders().stream().findFirst().map(ConsoleCohortsView::sortOf).orElse(null);
            return console.cohorts(filter, sort, query.getOffset(), query.getLimit()).stream();
        }, query -> console.countCohorts(filter));
        grid.addItemClickListener(click -> getUI().ifPresent(ui ->
                ui.navigate(InstitutionView.class, click.getItem().tenant().value())));
    }

    static ListSort sortOf(QuerySortOrder order) {
        return new ListSort(order.getSorted(), order.getDirection() == SortDirection.DESCENDING);
    }

    /** Applies the filters; dates the wrong way round are refused and change nothing. */
    private void apply() {
        LocalDate from = startFrom.getValue();
        LocalDate to = startTo.getValue();
        if (from != null && to != null && from.isAfter(to)) {
            startTo.setErrorMessage(getTranslation("console.error.dates"));
            startTo.setInvalid(true);
            return;
        }
        startTo.setInvalid(false);
        String search = name.getValue() == null ? "" : name.getValue().strip();
        filter = new CohortFilter(region.getValue(), institution.getValue() == null ? null : institution.getValue().code(),
                courseType.getValue(), status.getValue(), from, to, search.isEmpty() ? null : search);
        grid.getDataProvider().refreshAll();
        int total = console.countCohorts(filter);
        count.setText(getTranslation("cohorts.count", total));
        grid.setVisible(total > 0);
        empty.setVisible(total == 0);
    }

    /** The filtered rows in the grid's order, as .xlsx; @return rows written */
    int export(OutputStream out) throws IOException {
        CohortFilter current = filter;
        ListSort order = sort;
        return ConsoleExcel.write(getTranslation("console.cohorts.title"), List.of(
                new ConsoleExcel.Column<ConsoleCohort>(getTranslation("cohorts.name"), ConsoleCohort::name),
                new ConsoleExcel.Column<>(getTranslation("console.institution"), ConsoleCohort::institutionName),
                new ConsoleExcel.Column<>(getTranslation("institutions.code"), c -> c.tenant().value()),
                new ConsoleExcel.Column<>(getTranslation("institutions.region"), c -> Regions.name(this, c.regionCode())),
                new ConsoleExcel.Column<>(getTranslation("cohorts.course"),
                        c -> getTranslation("course." + c.courseType().name())),
                new ConsoleExcel.Column<>(getTranslation("console.status"),
                        c -> getTranslation("cohort.status." + c.status().name())),
                new ConsoleExcel.Column<>(getTranslation("cohorts.start"), ConsoleCohort::startDate),
                new ConsoleExcel.Column<>(getTranslation("cohorts.end"), ConsoleCohort::endDate),
                new ConsoleExcel.Column<>(getTranslation("console.enrolled"), ConsoleCohort::enrolled),
                new ConsoleExcel.Column<>(getTranslation("console.capacity"), ConsoleCohort::capacity),
                new ConsoleExcel.Column<>(getTranslation("institutions.snapshot"),
                        c -> c.takenAt().atZone(Formats.CHINA).toLocalDateTime())),
                (offset, limit) -> console.cohorts(current, order, offset, limit), out);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("region")
                .filter(Prefectures.HUNAN::contains).filter(code -> user.is(Role.PROVINCE_ADMIN))
                .ifPresent(region::setValue);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("console.cohorts.title") + " | " + getTranslation("app.name");
    }
}
