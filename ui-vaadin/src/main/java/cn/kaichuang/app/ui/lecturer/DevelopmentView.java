package cn.kaichuang.app.ui.lecturer;

import cn.kaichuang.app.security.CurrentUser;
import cn.kaichuang.app.security.Roles;
import cn.kaichuang.app.ui.EmptyState;
import cn.kaichuang.app.ui.Formats;
import cn.kaichuang.app.ui.MainLayout;
import cn.kaichuang.cohort.LecturerView;
import cn.kaichuang.cohort.Lecturers;
import cn.kaichuang.identity.Caller;
import cn.kaichuang.identity.Role;
import cn.kaichuang.lecturer.Activity;
import cn.kaichuang.lecturer.ActivityFullException;
import cn.kaichuang.lecturer.DevelopmentActivities;
import cn.kaichuang.lecturer.Registration;
import cn.kaichuang.tenancy.TenantCode;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * 讲师研修: the province's continuing-development activities for lecturers. The province
 * publishes and records attendance; an institution admin registers the institution's lecturers
 * and cancels (after confirming); a lecturer registers themself; prefectures follow their region.
 */
@Route(value = "lecturer-development", layout = MainLayout.class)
@RolesAllowed({Roles.PROVINCE_ADMIN, Roles.PREFECTURE_ADMIN, Roles.INSTITUTION_ADMIN, Roles.LECTURER})
public class DevelopmentView extends VerticalLayout implements HasDynamicTitle {

    private final DevelopmentActivities activities;
    private final Lecturers lecturers;
    private final Caller user = CurrentUser.require();
    final Grid<Activity> grid = new Grid<>();
    final Grid<Registration> registrations = new Grid<>();
    private final EmptyState empty;
    private final EmptyState noRegistrations;
    private final H3 selectedTitle = new H3();
    private final HorizontalLayout selectedActions = new HorizontalLayout();
    private final VerticalLayout selected = new VerticalLayout();
    private @Nullable Activity current;

    DevelopmentView(DevelopmentActivities activities, Lecturers lecturers) {
        this.activities = activities;
        this.lecturers = lecturers;
        addClassName("kc-view");
        setSizeFull();
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("development.page-title")));
        header.setWidthFull();
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.setWrap(true);
        if (user.is(Role.PROVINCE_ADMIN)) {
            Button publish = new Button(getTranslation("development.publish"), VaadinIcon.PLUS.create(),
                    click -> new ActivityDialog(activity -> {
                        long id = activities.publish(activity);
                        success("development.published");
                        load();
                        activities.find(id).ifPresent(grid::select);
                    }).open());
            publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            header.add(publish);
        }
        configureGrid();
        configureRegistrations();
        empty = new EmptyState(VaadinIcon.ACADEMY_CAP, getTranslation("development.empty"),
                getTranslation(user.is(Role.PROVINCE_ADMIN) ? "development.empty.province" : "development.empty.others"));
        noRegistrations = new EmptyState(VaadinIcon.USERS, getTranslation("development.registrations.empty"));
        selectedActions.setWrap(true);
        selected.setPadding(false);
        selected.add(selectedTitle, selectedActions, registrations, noRegistrations);
        selected.setVisible(false);
        add(header, grid, empty, selected);
        load();
    }

    private void configureGrid() {
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(Activity::title).setHeader(getTranslation("development.title")).setAutoWidth(true)
                .setFlexGrow(2).setFrozen(true);
        grid.addColumn(a -> getTranslation("development.mode." + a.mode().name()))
                .setHeader(getTranslation("development.mode")).setAutoWidth(true);
        grid.addColumn(a -> Formats.dateTime(this, a.startsAt()) + " – " + Formats.dateTime(this, a.endsAt()))
                .setHeader(getTranslation("development.time")).setAutoWidth(true);
        grid.addColumn(Activity::location).setHeader(getTranslation("development.venue-or-url")).setWidth("14rem")
                .setTooltipGenerator(Activity::location);
        grid.addColumn(a -> a.registered() + "/" + a.capacity()).setHeader(getTranslation("development.places"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(Activity::attended).setHeader(getTranslation("development.attended"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.addSelectionListener(selection -> show(selection.getFirstSelectedItem().orElse(null)));
    }

    private void configureRegistrations() {
        registrations.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        registrations.addColumn(Registration::lecturerName).setHeader(getTranslation("lecturers.name"))
                .setAutoWidth(true);
        registrations.addColumn(Registration::institutionName).setHeader(getTranslation("institutions.name"))
                .setAutoWidth(true).setFlexGrow(2);
        registrations.addColumn(r -> Formats.dateTime(this, r.registeredAt()))
                .setHeader(getTranslation("development.registered-at")).setAutoWidth(true);
        registrations.addColumn(r -> DevelopmentRecordDialog.attendance(this, r.attended()))
                .setHeader(getTranslation("development.attendance")).setAutoWidth(true);
        if (user.is(Role.PROVINCE_ADMIN) || user.is(Role.INSTITUTION_ADMIN)) {
            registrations.addComponentColumn(this::rowActions).setKey("actions").setHeader(getTranslation("lecturers.actions"))
                    .setAutoWidth(true);
        }
        registrations.setAllRowsVisible(true);
    }

    private Component rowActions(Registration r) {
        if (user.is(Role.PROVINCE_ADMIN)) {
            Button present = small("development.mark-present", click -> attendance(r, true));
            Button absent = small("development.mark-absent", click -> attendance(r, false));
            return new HorizontalLayout(present, absent);
        }
        return small("development.cancel", click -> {
            ConfirmDialog confirm = new ConfirmDialog(getTranslation("development.cancel.title"),
                    getTranslation("development.cancel.text", r.lecturerName()), getTranslation("development.cancel"),
                    ok -> {
                        activities.cancel(r.activityId(), r.tenant(), r.lecturer());
                        success("development.cancelled");
                        refresh();
                    });
            confirm.setConfirmButtonTheme("error primary");
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("action.cancel"));
            confirm.open();
        });
    }

    private Button small(String key, com.vaadin.flow.component.ComponentEventListener<
            com.vaadin.flow.component.ClickEvent<Button>> listener) {
        Button button = new Button(getTranslation(key), listener);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    private void attendance(Registration r, boolean attended) {
        activities.recordAttendance(r.activityId(), r.tenant(), r.lecturer(), attended);
        success("development.attendance.recorded");
        refresh();
    }

    private void show(@Nullable Activity activity) {
        current = activity;
        selected.setVisible(activity != null);
        selectedActions.removeAll();
        if (activity == null) {
            return;
        }
        selectedTitle.setText(activity.title());
        if (!activity.description().isBlank()) {
            selectedActions.add(new Paragraph(activity.description()));
        }
        if (user.is(Role.INSTITUTION_ADMIN)) {
            Button register = new Button(getTranslation("development.register"), VaadinIcon.PLUS.create(),
                    click -> registerDialog(activity).open());
            register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            register.setEnabled(!activity.full());
            selectedActions.add(register);
        }
        if (user.is(Role.LECTURER)) {
            Button self = new Button(getTranslation("development.register-self"), click -> registerSelf(activity));
            self.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            self.setEnabled(!activity.full());
            selectedActions.add(self);
        }
        List<Registration> rows = activities.registrations(activity.id());
        registrations.setItems(rows);
        registrations.setVisible(!rows.isEmpty());
        noRegistrations.setVisible(rows.isEmpty());
    }

    private Dialog registerDialog(Activity activity) {
        Dialog dialog = new Dialog(getTranslation("development.register.title", activity.title()));
        MultiSelectComboBox<LecturerView> choice = new MultiSelectComboBox<>(getTranslation("development.lecturers"));
        choice.setItems(lecturers.all());
        choice.setItemLabelGenerator(l -> l.name() + "（" + l.qualificationNo() + "）");
        choice.setWidth("min(28rem, 85vw)");
        Button confirm = new Button(getTranslation("development.register"), click -> {
            if (register(activity, choice.getValue())) {
                dialog.close();
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new Paragraph(getTranslation("development.register.places",
                activity.capacity() - activity.registered())), choice);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), confirm);
        return dialog;
    }

    private boolean register(Activity activity, Set<LecturerView> chosen) {
        TenantCode tenant = user.tenantCode().orElseThrow();
        if (chosen.isEmpty()) {
            error(getTranslation("development.error.none-chosen"));
            return false;
        }
        try {
            for (LecturerView lecturer : chosen) {
                activities.register(activity.id(), tenant, lecturer.id());
            }
            success("development.registered");
            return true;
        } catch (ActivityFullException e) {
            error(getTranslation("development.error.full"));
            return false;
        } finally {
            refresh();
        }
    }

    private void registerSelf(Activity activity) {
        List<LecturerView> mine = lecturers.mine();
        if (mine.isEmpty()) {
            error(getTranslation("development.error.no-record"));
            return;
        }
        register(activity, Set.of(mine.getFirst()));
    }

    private void refresh() {
        long id = current == null ? -1 : current.id();
        load();
        grid.getListDataView().getItems().filter(a -> a.id() == id).findFirst().ifPresent(grid::select);
    }

    private void load() {
        List<Activity> all = activities.all();
        grid.setItems(all);
        grid.setVisible(!all.isEmpty());
        empty.setVisible(all.isEmpty());
        show(null);
    }

    private void success(String key) {
        Notification.show(getTranslation(key), 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private void error(String message) {
        Notification.show(message, 5000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("development.page-title") + " | " + getTranslation("app.name");
    }
}
