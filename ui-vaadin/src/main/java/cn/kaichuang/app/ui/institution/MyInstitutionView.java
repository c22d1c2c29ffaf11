package cn.kaichuang.app.ui.institution;

import cn.kaichuang.app.security.CurrentUser;
import cn.kaichuang.app.security.Roles;
import cn.kaichuang.app.ui.CourseTypes;
import cn.kaichuang.app.ui.Formats;
import cn.kaichuang.app.ui.MainLayout;
import cn.kaichuang.identity.Caller;
import cn.kaichuang.institution.InstitutionProfile;
import cn.kaichuang.institution.Institutions;
import cn.kaichuang.institution.ProfileChange;
import cn.kaichuang.tenancy.TenantCode;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;

/**
 * 机构信息: the institution admin keeps their own institution's profile (contacts, address,
 * capacity, description). The approved course types are the province's and shown read-only.
 */
@Route(value = "my-institution", layout = MainLayout.class)
@RolesAllowed(Roles.INSTITUTION_ADMIN)
public class MyInstitutionView extends VerticalLayout implements HasDynamicTitle {

    private final Institutions institutions;
    private final TenantCode tenant;
    final TextField contactPerson = new TextField();
    final TextField contactPhone = new TextField();
    final TextField address = new TextField();
    final IntegerField capacity = new IntegerField();
    final TextArea description = new TextArea();
    private final Span updated = new Span();
    private final Span courseTypes = new Span();

    MyInstitutionView(Institutions institutions) {
        this.institutions = institutions;
        Caller user = CurrentUser.require();
        this.tenant = user.tenantCode().orElseThrow();
        addClassName("kc-view");
        contactPerson.setLabel(getTranslation("institutions.contact"));
        contactPerson.setRequiredIndicatorVisible(true);
        contactPerson.setMaxLength(100);
        contactPhone.setLabel(getTranslation("profile.phone"));
        contactPhone.setMaxLength(20);
        contactPhone.setHelperText(getTranslation("profile.phone.helper"));
        address.setLabel(getTranslation("profile.address"));
        address.setMaxLength(300);
        capacity.setLabel(getTranslation("institutions.capacity"));
        capacity.setMin(0);
        capacity.setStepButtonsVisible(true);
        description.setLabel(getTranslation("profile.description"));
        description.setMaxLength(2000);
        FormLayout form = new FormLayout(contactPerson, contactPhone, address, capacity, description);
        form.setColspan(description, 2);
        form.setColspan(address, 2);
        Button save = new Button(getTranslation("profile.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout approved = new FormLayout();
        approved.addFormItem(courseTypes, getTranslation("institutions.course-types"));
        add(new H2(getTranslation("profile.title")), approved, form, save, updated);
        show(institutions.own().orElseGet(() -> InstitutionProfile.empty(tenant)));
    }

    private void show(InstitutionProfile profile) {
        contactPerson.setValue(profile.contactPerson());
        contactPhone.clear();
        contactPhone.setPlaceholder(Formats.maskedPhone(profile.contactPhone()));
        address.setValue(profile.address());
        capacity.setValue(profile.annualCapacity());
        description.setValue(profile.description());
        courseTypes.setText(profile.approvedCourseTypes().isEmpty() ? getTranslation("profile.course-types.none")
                : profile.approvedCourseTypes().stream().sorted().map(t -> CourseTypes.name(this, t))
                        .collect(Collectors.joining("、")));
        updated.setText(profile.updatedAt() == null ? "" : getTranslation("profile.updated",
                Formats.dateTime(this, profile.updatedAt()), profile.updatedBy()));
    }

    private void save() {
        contactPerson.setInvalid(false);
        contactPhone.setInvalid(false);
        capacity.setInvalid(false);
        boolean ok = true;
        if (contactPerson.getValue().isBlank()) {
            contactPerson.setErrorMessage(getTranslation("profile.error.contact"));
            contactPerson.setInvalid(true);
            ok = false;
        }
        String phone = contactPhone.getValue().strip();
        if (!phone.isEmpty() && !phone.matches("[0-9+\\- ]{5,20}")) {
            contactPhone.setErrorMessage(getTranslation("profile.error.phone"));
            contactPhone.setInvalid(true);
            ok = false;
        }
        Integer places = capacity.getValue();
        if (places == null || places < 0) {
            capacity.setErrorMessage(getTranslation("profile.error.capacity"));
            capacity.setInvalid(true);
            ok = false;
        }
        if (!ok) {
            return;
        }
        InstitutionProfile saved = institutions.update(tenant, new ProfileChange(contactPerson.getValue(),
                phone.isEmpty() ? null : phone, address.getValue(), places, description.getValue()));
        show(saved);
        Notification.show(getTranslation("profile.saved"), 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("profile.title") + " | " + getTranslation("app.name");
    }
}
