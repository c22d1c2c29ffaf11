package cn.kaichuang.app.ui.province;

import cn.kaichuang.app.security.CurrentUser;
import cn.kaichuang.app.security.Roles;
import cn.kaichuang.app.ui.CourseTypes;
import cn.kaichuang.app.ui.Formats;
import cn.kaichuang.app.ui.MainLayout;
import cn.kaichuang.app.ui.Regions;
import cn.kaichuang.cohort.CourseType;
import cn.kaichuang.identity.Caller;
import cn.kaichuang.identity.Role;
import cn.kaichuang.institution.Institution;
import cn.kaichuang.institution.InstitutionProfile;
import cn.kaichuang.institution.Institutions;
import cn.kaichuang.supervision.ConsoleSnapshots;
import cn.kaichuang.supervision.TenantStatistics;
import cn.kaichuang.tenancy.InvalidTenantCodeException;
import cn.kaichuang.tenancy.TenancyException;
import cn.kaichuang.tenancy.Tenant;
import cn.kaichuang.tenancy.TenantCode;
import cn.kaichuang.tenancy.TenantStatus;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;

/**
 * 机构详情 at {@code /institution/<code>}. The code comes from the URL, so anyone can type
 * another one: an institution outside the caller's supervision is answered exactly like an
 * unknown code (not found), and the core service records the attempt. The province approves
 * course types and suspends (with a reason) or resumes the institution here. Below the registry
 * entry and the latest snapshot, figures and cohorts read live from the institution's schema:
 * the console's drill-down.
 */
@Route(value = "institution", layout = MainLayout.class)
@RolesAllowed({Roles.PROVINCE_ADMIN, Roles.PREFECTURE_ADMIN})
public class InstitutionView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final Institutions institutions;
    private final ConsoleSnapshots console;
    private final Caller user = CurrentUser.require();
    private String title = "";

    InstitutionView(Institutions institutions, ConsoleSnapshots console) {
        this.institutions = institutions;
        this.console = console;
        addClassName("kc-view");
    }

    @Override
    public void setParameter(BeforeEvent event, String code) {
        Institution institution = parse(code).flatMap(institutions::find)
                .orElseThrow(() -> new NotFoundException(getTranslation("institution.not-found")));
        show(institution);
    }

    private void show(Institution institution) {
        Tenant tenant = institution.tenant();
        InstitutionProfile profile = institution.profile();
        title = tenant.name();
        FormLayout facts = new FormLayout();
        facts.addFormItem(new Span(tenant.code().value()), getTranslation("institutions.code"));
        facts.addFormItem(new Span(Regions.name(this, tenant.regionCode())), getTranslation("institutions.region"));
        facts.addFormItem(new Span(getTranslation("status." + tenant.status().name())),
                getTranslation("institutions.status"));
        // A resume from the CLI leaves the last reason on record: show it only while suspended.
        profile.suspended().filter(s -> tenant.status() == TenantStatus.SUSPENDED).ifPresent(s -> facts.addFormItem(new Span(getTranslation("institution.suspension.text",
                s.reason(), s.by(), Formats.dateTime(this, s.at()))), getTranslation("institution.suspension")));
        Optional<TenantStatistics> snapshot = institution.snapshot();
        facts.addFormItem(new Span(snapshot.map(s -> String.valueOf(s.cohorts())).orElse(getTranslation("common.none"))),
                getTranslation("institutions.cohorts"));
        facts.addFormItem(new Span(snapshot.map(s -> String.valueOf(s.trainees())).orElse(getTranslation("common.none"))),
                getTranslation("institutions.trainees"));
        facts.addFormItem(new Span(snapshot.map(s -> Formats.dateTime(this, s.takenAt()))
                .orElse(getTranslation("institutions.no-snapshot"))), getTranslation("institutions.snapshot"));
        facts.addFormItem(new Span(getTranslation("common.none")), getTranslation("institutions.quality"));

        FormLayout about = new FormLayout();
        about.addFormItem(new Span(profile.approvedCourseTypes().isEmpty() ? getTranslation("common.none")
                : String.join("、", profile.approvedCourseTypes().stream().sorted()
                        .map(t -> CourseTypes.name(this, t)).toList())), getTranslation("institutions.course-types"));
        about.addFormItem(new Span(orNone(profile.contactPerson())), getTranslation("institutions.contact"));
        about.addFormItem(new Span(orNone(profile.contactPhone())), getTranslation("profile.phone"));
        about.addFormItem(new Span(orNone(profile.address())), getTranslation("profile.address"));
        about.addFormItem(new Span(profile.annualCapacity() == 0 ? getTranslation("common.none")
                : String.valueOf(profile.annualCapacity())), getTranslation("institutions.capacity"));
        about.addFormItem(new Span(orNone(profile.description())), getTranslation("profile.description"));

        removeAll();
        HorizontalLayout header = new HorizontalLayout(new H2(tenant.name()));
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.setWrap(true);
        if (user.is(Role.PROVINCE_ADMIN)) {
            header.add(statusButton(tenant));
        }
        add(header, facts, new H3(getTranslation("institution.profile")), about);
        if (user.is(Role.PROVINCE_ADMIN)) {
            add(approval(tenant.code(), profile));
        }
        console.live(tenant.code()).ifPresent(live -> add(new InstitutionLivePanel(live)));
    }

    private Button statusButton(Tenant tenant) {
        if (tenant.status() == TenantStatus.ACTIVE) {
            Button suspend = new Button(getTranslation("institution.suspend"), VaadinIcon.BAN.create(),
                    click -> new SuspendDialog(tenant.name(), reason -> changeStatus(tenant.code(),
                            () -> institutions.suspend(tenant.code(), reason), "institution.suspended")).open());
            suspend.addThemeVariants(ButtonVariant.LUMO_ERROR);
            return suspend;
        }
        Button resume = new Button(getTranslation("institution.resume"), VaadinIcon.PLAY.create(), click -> {
            ConfirmDialog confirm = new ConfirmDialog(getTranslation("institution.resume.title"),
                    getTranslation("institution.resume.text", tenant.name()), getTranslation("institution.resume"),
                    ok -> changeStatus(tenant.code(), () -> institutions.resume(tenant.code()),
                            "institution.resumed"));
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("action.cancel"));
            confirm.open();
        });
        resume.setEnabled(tenant.status() == TenantStatus.SUSPENDED);
        return resume;
    }

    private HorizontalLayout approval(TenantCode code, InstitutionProfile profile) {
        MultiSelectComboBox<CourseType> types = new MultiSelectComboBox<>(getTranslation("institution.approve.label"));
        types.setItems(CourseType.values());
        types.setItemLabelGenerator(t -> CourseTypes.name(this, t));
        types.setValue(profile.approvedCourseTypes());
        types.setWidth("min(28rem, 90vw)");
        Button save = new Button(getTranslation("institution.approve"), click -> {
            institutions.approveCourseTypes(code, types.getValue());
            done("institution.approved", code);
        });
        HorizontalLayout row = new HorizontalLayout(types, save);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        return row;
    }

    /** Someone else (another province admin, the CLI) may have changed the status meanwhile. */
    private void changeStatus(TenantCode code, Runnable change, String doneKey) {
        try {
            change.run();
            done(doneKey, code);
        } catch (TenancyException e) {
            Notification.show(getTranslation("institution.error.status"), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            institutions.find(code).ifPresent(this::show);
        }
    }

    private void done(String messageKey, TenantCode code) {
        Notification.show(getTranslation(messageKey), 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        institutions.find(code).ifPresent(this::show);
    }

    private String orNone(@org.jspecify.annotations.Nullable String value) {
        return value == null || value.isBlank() ? getTranslation("common.none") : value;
    }

    private static Optional<TenantCode> parse(String code) {
        try {
            return Optional.of(TenantCode.of(code));
        } catch (InvalidTenantCodeException e) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("app.name");
    }
}
