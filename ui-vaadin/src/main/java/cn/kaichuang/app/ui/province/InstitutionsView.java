package cn.kaichuang.app.ui.province;

import cn.kaichuang.app.security.CurrentUser;
import cn.kaichuang.app.security.Roles;
import cn.kaichuang.app.ui.notification.TodoPanel;
import cn.kaichuang.notification.Todos;
import cn.kaichuang.app.ui.CourseTypes;
import cn.kaichuang.app.ui.EmptyState;
import cn.kaichuang.app.ui.Formats;
import cn.kaichuang.app.ui.MainLayout;
import cn.kaichuang.app.ui.Regions;
import cn.kaichuang.identity.Caller;
import cn.kaichuang.identity.Role;
import cn.kaichuang.institution.Institution;
import cn.kaichuang.institution.Institutions;
import cn.kaichuang.supervision.SnapshotRun;
import cn.kaichuang.supervision.SupervisedInstitutions;
import cn.kaichuang.supervision.TenantStatistics;
import cn.kaichuang.tenancy.TenantCode;
import cn.kaichuang.tenancy.TenantStatus;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

/**
 * 机构总览: the supervising authority's list of institutions with their figures and profiles,
 * searchable by name or code, filtered by region and status, sortable, exported to Excel.
 */
@Route(value = "institutions", layout = MainLayout.class)
@RolesAllowed({Roles.PROVINCE_ADMIN, Roles.PREFECTURE_ADMIN})
public class InstitutionsView extends VerticalLayout implements HasDynamicTitle {

    private final SupervisedInstitutions supervised;
    private final Institutions institutions;
    private final Caller user = CurrentUser.require();
    private final Grid<Institution> grid = new Grid<>();
    private final TextField search = new TextField();
    private final ComboBox<String> region = new ComboBox<>();
    private final ComboBox<TenantStatus> status = new ComboBox<>();
    private final Span count = new Span();
    private final EmptyState empty;
    private List<Institution> all = List.of();

    InstitutionsView(SupervisedInstitutions supervised, Institutions institutions, Todos todos) {
        this.supervised = supervised;
        this.institutions = institutions;
        addClassName("kc-view");
        setSizeFull();
        String scope = user.is(Role.PREFECTURE_ADMIN)
                ? getTranslation("institutions.scope.prefecture", Regions.name(this, user.regionCode()))
                : getTranslation("institutions.scope.province");
        Button refresh = new Button(getTranslation("institutions.refresh"), VaadinIcon.REFRESH.create(),
                click -> refresh());
        refresh.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Anchor export = new Anchor(event -> {
            event.setFileName("institutions-" + LocalDate.now(Formats.CHINA) + ".xlsx");
            event.setContentType(InstitutionsExcel.CONTENT_TYPE);
            InstitutionsExcel.write(shown(), this, event.getOutputStream());
        }, getTranslation("institutions.export"));
        export.addClassName("kc-export");
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("institutions.title")), refresh, export);
        header.setWidthFull();
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.setWrap(true);
        configureGrid();
        empty = new EmptyState(VaadinIcon.INSTITUTION, getTranslation("institutions.empty"));
        add(header, new Span(scope), filters(), count, grid, empty);
        load();
        // What waits for this person, from every feature (待办).
        addComponentAsFirst(new TodoPanel(todos, false));
    }

    private HorizontalLayout filters() {
        search.setPlaceholder(getTranslation("institutions.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> filter());
        region.setPlaceholder(getTranslation("institutions.region.all"));
        region.setItemLabelGenerator(code -> Regions.name(this, code));
        region.setClearButtonVisible(true);
        region.addValueChangeListener(change -> filter());
        status.setPlaceholder(getTranslation("institutions.status.all"));
        status.setItems(TenantStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("status." + s.name()));
        status.setClearButtonVisible(true);
        status.addValueChangeListener(change -> filter());
        HorizontalLayout filters = new HorizontalLayout(search, region, status);
        filters.setWrap(true);
        return filters;
    }

    private void configureGrid() {
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setMultiSort(true);
        grid.addItemClickListener(click -> getUI().ifPresent(ui ->
                ui.navigate(InstitutionView.class, click.getItem().tenant().code().value())));
        grid.addColumn(row -> row.tenant().name()).setHeader(getTranslation("institutions.name"))
                .setComparator(Comparator.comparing((Institution row) -> row.tenant().name()))
                .setAutoWidth(true).setFlexGrow(2).setFrozen(true);
        grid.addColumn(row -> row.tenant().code().value()).setHeader(getTranslation("institutions.code"))
                .setComparator(Comparator.comparing((Institution row) -> row.tenant().code().value())).setAutoWidth(true);
        grid.addColumn(row -> Regions.name(this, row.tenant().regionCode()))
                .setComparator(Comparator.comparing((Institution row) -> row.tenant().regionCode()))
                .setHeader(getTranslation("institutions.region")).setAutoWidth(true);
        grid.addColumn(row -> getTranslation("status." + row.tenant().status().name()))
                .setComparator(Comparator.comparing((Institution row) -> row.tenant().status()))
                .setHeader(getTranslation("institutions.status")).setAutoWidth(true);
        figure("institutions.cohorts", TenantStatistics::cohorts);
        figure("institutions.trainees", TenantStatistics::trainees);
        figure("institutions.enrolments", TenantStatistics::enrolments);
        grid.addColumn(row -> row.snapshot().map(s -> Formats.dateTime(this, s.takenAt()))
                        .orElse(getTranslation("institutions.no-snapshot")))
                .setHeader(getTranslation("institutions.snapshot")).setAutoWidth(true);
        grid.addColumn(this::courseTypes).setHeader(getTranslation("institutions.course-types")).setAutoWidth(true);
        grid.addColumn(row -> orNone(row.profile().contactPerson())).setHeader(getTranslation("institutions.contact"))
                .setComparator(Comparator.comparing((Institution row) -> row.profile().contactPerson()))
                .setAutoWidth(true);
        grid.addColumn(row -> row.profile().annualCapacity() == 0 ? getTranslation("common.none")
                        : String.valueOf(row.profile().annualCapacity()))
                .setComparator(Comparator.comparingInt((Institution row) -> row.profile().annualCapacity()))
                .setHeader(getTranslation("institutions.capacity")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        // Quality indicators come with the assessment issues; the column is here so the layout stays.
        grid.addColumn(row -> getTranslation("common.none")).setHeader(getTranslation("institutions.quality"))
                .setAutoWidth(true);
    }

    String courseTypes(Institution row) {
        return row.profile().approvedCourseTypes().isEmpty() ? getTranslation("common.none")
                : row.profile().approvedCourseTypes().stream().sorted().map(t -> CourseTypes.name(this, t))
                        .collect(Collectors.joining("、"));
    }

    private String orNone(String value) {
        return value.isBlank() ? getTranslation("common.none") : value;
    }

    private void figure(String headerKey, ToLongFunction<TenantStatistics> value) {
        grid.addColumn(row -> row.snapshot().map(s -> String.valueOf(value.applyAsLong(s)))
                        .orElse(getTranslation("common.none")))
                .setComparator(Comparator.comparingLong((Institution row) ->
                        row.snapshot().map(value::applyAsLong).orElse(-1L)))
                .setHeader(getTranslation(headerKey)).setTextAlign(ColumnTextAlign.END).setWidth("6.5rem")
                .setFlexGrow(0);
    }

    private void load() {
        all = institutions.visible();
        region.setItems(all.stream().map(i -> i.tenant().regionCode()).distinct().sorted().toList());
        filter();
    }

    private List<Institution> shown() {
        String needle = search.getValue().strip().toLowerCase(Locale.ROOT);
        return all.stream()
                .filter(i -> needle.isEmpty() || i.tenant().name().toLowerCase(Locale.ROOT).contains(needle)
                        || i.tenant().code().value().contains(needle))
                .filter(i -> region.getValue() == null || i.tenant().regionCode().equals(region.getValue()))
                .filter(i -> status.getValue() == null || i.tenant().status() == status.getValue())
                .toList();
    }

    private void filter() {
        List<Institution> rows = shown();
        grid.setItems(rows);
        count.setText(getTranslation("institutions.count", rows.size(), all.size()));
        grid.setVisible(!all.isEmpty());
        empty.setVisible(all.isEmpty());
    }

    private void refresh() {
        SnapshotRun run = supervised.refresh();
        Notification done = Notification.show(getTranslation("institutions.refreshed", run.refreshed()));
        done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        if (!run.failed().isEmpty()) {
            Notification failed = Notification.show(getTranslation("institutions.refresh-failed",
                    run.failed().stream().map(TenantCode::value).collect(Collectors.joining(", "))));
            failed.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        load();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("institutions.title") + " | " + getTranslation("app.name");
    }
}
