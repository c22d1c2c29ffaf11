package cn.kaichuang.app.ui.console;

import cn.kaichuang.app.security.CurrentUser;
import cn.kaichuang.app.security.Roles;
import cn.kaichuang.app.ui.EmptyState;
import cn.kaichuang.app.ui.Formats;
import cn.kaichuang.app.ui.MainLayout;
import cn.kaichuang.app.ui.Regions;
import cn.kaichuang.app.ui.province.InstitutionView;
import cn.kaichuang.cohort.CourseType;
import cn.kaichuang.identity.Caller;
import cn.kaichuang.identity.Role;
import cn.kaichuang.supervision.CertificateFilter;
import cn.kaichuang.supervision.ConsoleCertificate;
import cn.kaichuang.supervision.ConsoleSnapshots;
import cn.kaichuang.supervision.ListSort;
import cn.kaichuang.supervision.SupervisedInstitution;
import cn.kaichuang.supervision.SupervisedInstitutions;
import cn.kaichuang.tenancy.Tenant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
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
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * 证书查询 at {@code /console/certificates}: certificates of the caller's region from the
 * platform's registry (always current), filtered and paged in the database, exportable to Excel.
 */
@Route(value = "console/certificates", layout = MainLayout.class)
@RolesAllowed({Roles.PROVINCE_ADMIN, Roles.PREFECTURE_ADMIN})
public class ConsoleCertificatesView extends VerticalLayout implements HasDynamicTitle {

    private static final String VALID = "VALID";
    private static final String REVOKED = "REVOKED";

    private final ConsoleSnapshots console;
    private final Caller user = CurrentUser.require();
    private final Grid<ConsoleCertificate> grid = new Grid<>();
    private final ComboBox<String> region = new ComboBox<>();
    private final ComboBox<Tenant> institution = new ComboBox<>();
    private final ComboBox<CourseType> courseType = new ComboBox<>();
    private final ComboBox<String> status = new ComboBox<>();
    private final DatePicker issuedFrom = new DatePicker();
    private final DatePicker issuedTo = new DatePicker();
    private final TextField serial = new TextField();
    private final Span count = new Span();
    private final EmptyState empty;
    private CertificateFilter filter = CertificateFilter.NONE;
    private @Nullable ListSort sort;

    ConsoleCertificatesView(ConsoleSnapshots console, SupervisedInstitutions institutions) {
        this.console = console;
        addClassName("kc-view");
        setSizeFull();
        Anchor export = new Anchor(event -> {
            event.setFileName("certificates-" + LocalDate.now(Formats.CHINA) + ".xlsx");
            event.setContentType(ConsoleExcel.CONTENT_TYPE);
            export(event.getOutputStream());
        }, getTranslation("console.export"));
        export.addClassName("kc-export");
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("console.certificates.title")), export);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.setWrap(true);
        configureFilters(institutions.visible().stream().map(SupervisedInstitution::tenant).toList());
        HorizontalLayout filters = new HorizontalLayout(region, institution, courseType, status, issuedFrom, issuedTo,
                serial);
        filters.setWrap(true);
        filters.setWidthFull();
        configureGrid();
        empty = new EmptyState(VaadinIcon.DIPLOMA, getTranslation("console.certificates.empty"));
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
        status.setItems(VALID, REVOKED);
        status.setItemLabelGenerator(s -> getTranslation("verify.status." + s));
        status.setClearButtonVisible(true);
        issuedFrom.setLabel(getTranslation("console.issued-from"));
        issuedTo.setLabel(getTranslation("console.issued-to"));
        issuedFrom.setClearButtonVisible(true);
        issuedTo.setClearButtonVisible(true);
        serial.setLabel(getTranslation("console.search"));
        serial.setPlaceholder(getTranslation("console.search.serial"));
        serial.setClearButtonVisible(true);
        serial.setValueChangeMode(ValueChangeMode.LAZY);
        serial.setMaxLength(32);
        region.addValueChangeListener(e -> apply());
        institution.addValueChangeListener(e -> apply());
        courseType.addValueChangeListener(e -> apply());
        status.addValueChangeListener(e -> apply());
        issuedFrom.addValueChangeListener(e -> apply());
        issuedTo.addValueChangeListener(e -> apply());
        serial.addValueChangeListener(e -> apply());
    }

    private void configureGrid() {
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(ConsoleCertificate::serial).setHeader(getTranslation("console.serial")).setSortProperty("serial")
                .setAutoWidth(true).setFrozen(true);
        grid.addColumn(ConsoleCertificate::institutionName).setHeader(getTranslation("console.institution"))
                .setSortProperty("institutionName").setAutoWidth(true).setFlexGrow(2);
        grid.addColumn(c -> getTranslation("course." + c.courseType().name())).setHeader(getTranslation("cohorts.course"))
                .setSortProperty("courseType").setAutoWidth(true);
        grid.addColumn(c -> getTranslation("verify.status." + (c.revoked() ? REVOKED : VALID)))
                .setHeader(getTranslation("console.status")).setAutoWidth(true);
        grid.addColumn(c -> Formats.dateTime(this, c.issuedAt())).setHeader(getTranslation("console.issued-at"))
                .setSortProperty("issuedAt").setAutoWidth(true);
        grid.setItems(query -> {
            sort = query.getSortOrders().stream().findFirst().map(ConsoleCohortsView::sortOf).orElse(null);
            return console.certificates(filter, sort, query.getOffset(), query.getLimit()).stream();
        }, query -> console.countCertificates(filter));
        grid.addItemClickListener(click -> getUI().ifPresent(ui ->
                ui.navigate(InstitutionView.class, click.getItem().tenant().value())));
    }

    private void apply() {
        LocalDate from = issuedFrom.getValue();
        LocalDate to = issuedTo.getValue();
        if (from != null && to != null && from.isAfter(to)) {
            issuedTo.setErrorMessage(getTranslation("console.error.dates"));
            issuedTo.setInvalid(true);
            return;
        }
        issuedTo.setInvalid(false);
        String search = serial.getValue() == null ? "" : serial.getValue().strip();
        filter = new CertificateFilter(region.getValue(),
                institution.getValue() == null ? null : institution.getValue().code(), courseType.getValue(),
                status.getValue() == null ? null : REVOKED.equals(status.getValue()), from, to,
                search.isEmpty() ? null : search);
        grid.getDataProvider().refreshAll();
        int total = console.countCertificates(filter);
        count.setText(getTranslation("console.certificates.count", total));
        grid.setVisible(total > 0);
        empty.setVisible(total == 0);
    }

    /** The filtered rows in the grid's order, as .xlsx; @return rows written */
    int export(OutputStream out) throws IOException {
        CertificateFilter current = filter;
        ListSort order = sort;
        return ConsoleExcel.write(getTranslation("console.certificates.title"), List.of(
                new ConsoleExcel.Column<ConsoleCertificate>(getTranslation("console.serial"), ConsoleCertificate::serial),
                new ConsoleExcel.Column<>(getTranslation("console.institution"), ConsoleCertificate::institutionName),
                new ConsoleExcel.Column<>(getTranslation("institutions.code"), c -> c.tenant().value()),
                new ConsoleExcel.Column<>(getTranslation("cohorts.course"),
                        c -> getTranslation("course." + c.courseType().name())),
                new ConsoleExcel.Column<>(getTranslation("console.status"),
                        c -> getTranslation("verify.status." + (c.revoked() ? REVOKED : VALID))),
                new ConsoleExcel.Column<>(getTranslation("console.issued-at"),
                        c -> c.issuedAt().atZone(Formats.CHINA).toLocalDateTime()),
                new ConsoleExcel.Column<>(getTranslation("console.revoked-at"),
                        c -> c.revokedAt() == null ? null : c.revokedAt().atZone(Formats.CHINA).toLocalDateTime())),
                (offset, limit) -> console.certificates(current, order, offset, limit), out);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("console.certificates.title") + " | " + getTranslation("app.name");
    }
}
