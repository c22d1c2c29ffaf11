package cn.kaichuang.app.ui;

import cn.kaichuang.app.security.Roles;
import cn.kaichuang.app.security.TenantChoice;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * Where a Keycloak user whose token names several institutions picks one, after login and
 * from the menu. The page reloads after the choice so that no view keeps the old one's data.
 */
@Route("choose-institution")
@RolesAllowed({Roles.INSTITUTION_ADMIN, Roles.LECTURER, Roles.EXPERT, Roles.MENTOR, Roles.TRAINEE})
public class ChooseInstitutionView extends Main implements HasDynamicTitle {

    public ChooseInstitutionView(TenantChoice choice) {
        addClassName("kc-choose-institution");
        add(new H1(getTranslation("choose.title")), new Paragraph(getTranslation("choose.hint")));
        choice.choices().forEach(tenant -> {
            Button button = new Button(tenant.name(), VaadinIcon.INSTITUTION.create(), click -> {
                choice.choose(tenant.code());
                getUI().orElseThrow().getPage().setLocation("./");
            });
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            button.addClassName("kc-institution-choice");
            add(button);
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("choose.title") + " | " + getTranslation("app.name");
    }
}
