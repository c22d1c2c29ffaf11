package cn.kaichuang.app.ui.attendance;

import cn.kaichuang.app.security.Roles;
import cn.kaichuang.app.ui.CourseTypes;
import cn.kaichuang.app.ui.EmptyState;
import cn.kaichuang.app.ui.MainLayout;
import cn.kaichuang.attendance.AttendanceRecords;
import cn.kaichuang.attendance.CohortAttendance;
import cn.kaichuang.certificate.CompletionRules;
import cn.kaichuang.cohort.TraineeView;
import cn.kaichuang.cohort.Trainees;
import cn.kaichuang.identity.CurrentCaller;
import cn.kaichuang.supervision.SupervisedInstitution;
import cn.kaichuang.supervision.SupervisedInstitutions;
import cn.kaichuang.tenancy.TenantCode;
import cn.kaichuang.tenancy.TenantContext;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;

/**
 * 考勤总览 (TM-5): per cohort the sessions held, the attendance rate and who is below the course
 * type's completion threshold. An institution's staff see their own cohorts (a lecturer those they
 * lead); the province and prefectures pick an institution they supervise. The figures come from
 * check-in records; until the assessment module records any, the page says so.
 */
@Route(value = "attendance", layout = MainLayout.class)
@RolesAllowed({Roles.INSTITUTION_ADMIN, Roles.LECTURER, Roles.PROVINCE_ADMIN, Roles.PREFECTURE_ADMIN})
public class AttendanceView extends VerticalLayout implements HasDynamicTitle {

    /** One grid row, computed inside the institution's context (names included). */
    record Row(CohortAttendance attendance, int threshold, List<String> below) {
    }

    private final AttendanceRecords records;
    private final CompletionRules rules;
    private final Trainees trainees;
    private final Grid<Row> grid = new Grid<>();
    private final EmptyState empty;
    private final Paragraph pick = new Paragraph();

    AttendanceView(AttendanceRecords records, CompletionRules rules, Trainees trainees,
            SupervisedInstitutions institutions, CurrentCaller caller) {
        this.records = records;
        this.rules = rules;
        this.trainees = trainees;
        addClassName("kc-view");
        setSizeFull();
        columns();
        empty = new EmptyState(VaadinIcon.CALENDAR_USER, getTranslation("attendance.empty"),
                getTranslation("attendance.empty.how"));
        add(new H2(getTranslation("attendance.title")));
        Optional<TenantCode> own = caller.get().tenantCode();
        if (own.isPresent()) {
            add(grid, empty);
            show(own.get());
        } else {
            ComboBox<SupervisedInstitution> institution = new ComboBox<>(getTranslation("attendance.institution"));
            institution.setItems(institutions.visible());
            institution.setItemLabelGenerator(i -> i.tenant().name());
            institution.setWidth("min(24rem, 100%)");
            institution.addValueChangeListener(change -> {
                pick.setVisible(change.getValue() == null);
                if (change.getValue() != null) {
                    show(change.getValue().tenant().code());
                }
            });
            pick.setText(getTranslation("attendance.pick-institution"));
            grid.setVisible(false);
            empty.setVisible(false);
            add(institution, pick, grid, empty);
        }
    }

    private void columns() {
        grid.addColumn(r -> r.attendance().cohort().name()).setHeader(getTranslation("attendance.cohort"))
                .setAutoWidth(true).setFlexGrow(2).setFrozen(true).setSortable(true);
        grid.addColumn(r -> CourseTypes.name(this, r.attendance().cohort().courseType()))
                .setHeader(getTranslation("attendance.course")).setAutoWidth(true);
        grid.addColumn(r -> r.attendance().sessionsHeld() + "/" + r.attendance().sessions())
                .setHeader(getTranslation("attendance.sessions")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(r -> r.attendance().ratePercent().stream().mapToObj(p -> p + "%").findFirst()
                        .orElse(getTranslation("common.none")))
                .setHeader(getTranslation("attendance.rate")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true)
                .setComparator(r -> r.attendance().ratePercent().orElse(-1));
        grid.addColumn(r -> r.attendance().recorded() ? getTranslation("attendance.below.count", r.below().size(),
                        r.threshold()) : getTranslation("common.none"))
                .setHeader(getTranslation("attendance.below")).setAutoWidth(true)
                .setComparator(r -> r.below().size());
        grid.addColumn(r -> String.join("、", r.below())).setHeader(getTranslation("attendance.below.names"))
                .setFlexGrow(3).setTooltipGenerator(r -> String.join("、", r.below()));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
    }

    private void show(TenantCode tenant) {
        List<Row> rows = TenantContext.call(tenant, () -> records.anyRecorded() ? rows() : List.of());
        grid.setItems(rows);
        grid.setVisible(!rows.isEmpty());
        empty.setVisible(rows.isEmpty());
    }

    private List<Row> rows() {
        return records.overview().stream().map(a -> {
            int threshold = rules.of(a.cohort().courseType()).minAttendancePercent();
            List<String> below = a.below(threshold).stream()
                    .map(id -> trainees.find(id).map(TraineeView::name).orElse("#" + id.value())).toList();
            return new Row(a, threshold, below);
        }).toList();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("attendance.title") + " | " + getTranslation("app.name");
    }
}
