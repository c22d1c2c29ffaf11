package cn.kaichuang.app.ui.lecturer;

import cn.kaichuang.app.security.CurrentUser;
import cn.kaichuang.app.security.Roles;
import cn.kaichuang.app.ui.CourseTypes;
import cn.kaichuang.app.ui.EmptyState;
import cn.kaichuang.app.ui.Formats;
import cn.kaichuang.app.ui.MainLayout;
import cn.kaichuang.app.ui.Regions;
import cn.kaichuang.cohort.CourseType;
import cn.kaichuang.identity.Caller;
import cn.kaichuang.identity.Role;
import cn.kaichuang.lecturer.DevelopmentActivities;
import cn.kaichuang.lecturer.LecturerPool;
import cn.kaichuang.lecturer.PoolEntry;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
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
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * 讲师库: the province-wide lecturer pool, for the province (all institutions) and a prefecture
 * (its region), searchable by name, certificate number or institution, filtered by course type,
 * exported to Excel. No phone numbers: the pool holds none.
 */
@Route(value = "lecturer-pool", layout = MainLayout.class)
@RolesAllowed({Roles.PROVINCE_ADMIN, Roles.PREFECTURE_ADMIN})
public class LecturerPoolView extends VerticalLayout implements HasDynamicTitle {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final LecturerPool pool;
    private final DevelopmentActivities development;
    private final Grid<PoolEntry> grid = new Grid<>();
    final TextField search = new TextField();
    final ComboBox<CourseType> courseType = new ComboBox<>();
    private final Span count = new Span();
    private final EmptyState empty;

    LecturerPoolView(LecturerPool pool, DevelopmentActivities development) {
        this.pool = pool;
        this.development = development;
        addClassName("kc-view");
        setSizeFull();
        Caller user = CurrentUser.require();
        String scope = user.is(Role.PREFECTURE_ADMIN)
                ? getTranslation("pool.scope.prefecture", Regions.name(this, user.regionCode()))
                : getTranslation("pool.scope.province");
        Anchor export = new Anchor(event -> {
            event.setFileName("lecturer-pool-" + LocalDate.now(Formats.CHINA) + ".xlsx");
            event.setContentType(XLSX);
            write(shown(), event.getOutputStream());
        }, getTranslation("pool.export"));
        export.addClassName("kc-export");
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("pool.title")), export);
        header.setWidthFull();
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        search.setPlaceholder(getTranslation("pool.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> load());
        courseType.setPlaceholder(getTranslation("pool.course-type.all"));
        courseType.setItems(CourseType.values());
        courseType.setItemLabelGenerator(t -> CourseTypes.name(this, t));
        courseType.setClearButtonVisible(true);
        courseType.addValueChangeListener(change -> load());
        HorizontalLayout filters = new HorizontalLayout(search, courseType);
        filters.setWrap(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setMultiSort(true);
        grid.addColumn(PoolEntry::name).setHeader(getTranslation("lecturers.name"))
                .setComparator(Comparator.comparing(PoolEntry::name)).setAutoWidth(true).setFrozen(true);
        grid.addColumn(PoolEntry::qualificationNo).setHeader(getTranslation("lecturers.qualification"))
                .setComparator(Comparator.comparing(PoolEntry::qualificationNo)).setAutoWidth(true);
        grid.addColumn(e -> types(this, e)).setHeader(getTranslation("lecturers.course-types")).setAutoWidth(true);
        grid.addColumn(PoolEntry::institutionName).setHeader(getTranslation("institutions.name"))
                .setComparator(Comparator.comparing(PoolEntry::institutionName)).setAutoWidth(true).setFlexGrow(2);
        grid.addColumn(e -> Regions.name(this, e.regionCode())).setHeader(getTranslation("institutions.region"))
                .setComparator(Comparator.comparing(PoolEntry::regionCode)).setAutoWidth(true);
        grid.addComponentColumn(e -> {
            Button record = new Button(getTranslation("development.record"), click -> new DevelopmentRecordDialog(
                    e.name(), development.recordOf(e.tenant(), e.lecturer())).open());
            record.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            return record;
        }).setHeader(getTranslation("lecturers.actions")).setAutoWidth(true);
        empty = new EmptyState(VaadinIcon.USER_STAR, getTranslation("pool.empty"));
        add(header, new Span(scope), filters, count, grid, empty);
        load();
    }

    private List<PoolEntry> shown() {
        return pool.visible(search.getValue(), courseType.getValue());
    }

    private void load() {
        List<PoolEntry> rows = shown();
        grid.setItems(rows);
        count.setText(getTranslation("pool.count", rows.size()));
        grid.setVisible(!rows.isEmpty());
        empty.setVisible(rows.isEmpty());
    }

    private static String types(Component ui, PoolEntry e) {
        return e.courseTypes().stream().sorted().map(t -> CourseTypes.name(ui, t)).collect(Collectors.joining("、"));
    }

    private void write(List<PoolEntry> rows, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Kaichuang", "1.0");
        Worksheet sheet = workbook.newWorksheet(getTranslation("pool.title"));
        List<String> headers = List.of("lecturers.name", "lecturers.qualification", "lecturers.course-types",
                "institutions.name", "institutions.region");
        for (int c = 0; c < headers.size(); c++) {
            sheet.value(0, c, getTranslation(headers.get(c)));
            sheet.style(0, c).bold().set();
        }
        sheet.freezePane(0, 1);
        int r = 1;
        for (PoolEntry e : rows) {
            sheet.value(r, 0, e.name());
            sheet.value(r, 1, e.qualificationNo());
            sheet.value(r, 2, types(this, e));
            sheet.value(r, 3, e.institutionName());
            sheet.value(r, 4, Regions.name(this, e.regionCode()));
            r++;
        }
        sheet.width(1, 26);
        sheet.width(3, 36);
        workbook.finish();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("pool.title") + " | " + getTranslation("app.name");
    }
}
