package cn.kaichuang.app.ui.lecturer;

import cn.kaichuang.app.security.CurrentUser;
import cn.kaichuang.app.security.Roles;
import cn.kaichuang.app.ui.CourseTypes;
import cn.kaichuang.app.ui.EmptyState;
import cn.kaichuang.app.ui.MainLayout;
import cn.kaichuang.cohort.LecturerView;
import cn.kaichuang.cohort.Lecturers;
import cn.kaichuang.lecturer.DevelopmentActivities;
import cn.kaichuang.tenancy.TenantCode;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * 讲师管理: the institution admin registers and edits the institution's lecturers, with their
 * qualification certificate numbers and the course types they may teach, and looks at each
 * one's development record.
 */
@Route(value = "lecturers", layout = MainLayout.class)
@RolesAllowed(Roles.INSTITUTION_ADMIN)
public class LecturersView extends VerticalLayout implements HasDynamicTitle {

    private final Lecturers lecturers;
    private final DevelopmentActivities development;
    private final TenantCode tenant = CurrentUser.require().tenantCode().orElseThrow();
    private final Grid<LecturerView> grid = new Grid<>();
    private final Span count = new Span();
    private final EmptyState empty;

    LecturersView(Lecturers lecturers, DevelopmentActivities development) {
        this.lecturers = lecturers;
        this.development = development;
        addClassName("kc-view");
        setSizeFull();
        Button register = new Button(getTranslation("lecturers.register"), VaadinIcon.PLUS.create(),
                click -> new LecturerDialog(null, lecturers::register, saved -> saved("lecturers.registered")).open());
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("lecturers.title")), register);
        header.setWidthFull();
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.setWrap(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(LecturerView::name).setHeader(getTranslation("lecturers.name"))
                .setComparator(Comparator.comparing(LecturerView::name)).setAutoWidth(true).setFrozen(true);
        grid.addColumn(LecturerView::qualificationNo).setHeader(getTranslation("lecturers.qualification"))
                .setComparator(Comparator.comparing(LecturerView::qualificationNo)).setAutoWidth(true);
        grid.addColumn(l -> l.courseTypes().stream().sorted().map(t -> CourseTypes.name(this, t))
                .collect(Collectors.joining("、"))).setHeader(getTranslation("lecturers.course-types"))
                .setAutoWidth(true).setFlexGrow(2);
        grid.addColumn(l -> l.username() == null ? getTranslation("common.none") : l.username())
                .setHeader(getTranslation("lecturers.username")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setKey("actions").setHeader(getTranslation("lecturers.actions"))
                .setAutoWidth(true);
        empty = new EmptyState(VaadinIcon.USER_STAR, getTranslation("lecturers.empty"));
        add(header, count, grid, empty);
        load();
    }

    private HorizontalLayout actions(LecturerView lecturer) {
        Button edit = new Button(getTranslation("lecturers.edit"), click -> new LecturerDialog(lecturer,
                change -> lecturers.update(lecturer.id(), change), saved -> saved("lecturers.updated")).open());
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        Button record = new Button(getTranslation("development.record"), click -> new DevelopmentRecordDialog(
                lecturer.name(), development.recordOf(tenant, lecturer.id())).open());
        record.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return new HorizontalLayout(edit, record);
    }

    private void saved(String messageKey) {
        Notification.show(getTranslation(messageKey), 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        load();
    }

    private void load() {
        List<LecturerView> all = lecturers.all();
        grid.setItems(all);
        count.setText(getTranslation("lecturers.count", all.size()));
        grid.setVisible(!all.isEmpty());
        empty.setVisible(all.isEmpty());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("lecturers.title") + " | " + getTranslation("app.name");
    }
}
