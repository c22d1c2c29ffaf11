package cn.kaichuang.app.ui;

import cn.kaichuang.app.security.CurrentUser;
import cn.kaichuang.app.security.Roles;
import cn.kaichuang.app.security.SignedInUser;
import cn.kaichuang.app.security.TenantChoice;
import cn.kaichuang.tenancy.Tenant;
import cn.kaichuang.tenancy.TenantDirectory;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;

/**
 * The frame around every view after login: the menu of the user's role in the drawer, and in
 * the header who is working for whom. On a phone the drawer folds away behind the toggle.
 */
@RolesAllowed({Roles.PROVINCE_ADMIN, Roles.PREFECTURE_ADMIN, Roles.INSTITUTION_ADMIN, Roles.LECTURER, Roles.EXPERT,
        Roles.MENTOR, Roles.TRAINEE})
public class MainLayout extends AppLayout {

    public MainLayout(TenantDirectory tenants, AuthenticationContext authentication, TenantChoice choice) {
        SignedInUser user = CurrentUser.require();
        setPrimarySection(Section.DRAWER);

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("nav.menu"));
        Span organisation = new Span(organisationOf(user, tenants));
        organisation.addClassName("kc-organisation");
        Span role = new Span(getTranslation("role." + user.role().name()));
        role.addClassName("kc-role");
        Div who = new Div(organisation, role);
        who.addClassName("kc-who");
        addToNavbar(toggle, who);

        Span brand = new Span(getTranslation("app.name"));
        brand.addClassName("kc-brand");
        Span subtitle = new Span(getTranslation("app.subtitle"));
        subtitle.addClassName("kc-subtitle");
        SideNav menu = new SideNav();
        Navigation.entriesFor(user).forEach(entry ->
                menu.addItem(new SideNavItem(getTranslation(entry.titleKey()), entry.view(), entry.icon().create())));
        if (choice.canSwitch()) {
            menu.addItem(new SideNavItem(getTranslation("nav.switch-institution"), ChooseInstitutionView.class,
                    VaadinIcon.EXCHANGE.create()));
        }
        Button language = new Button(getTranslation("nav.language"), VaadinIcon.GLOBE.create(),
                click -> LocalePreference.toggle(getUI().orElseThrow()));
        language.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        language.addClassName("kc-language");
        Button logout = new Button(getTranslation("nav.logout"), VaadinIcon.SIGN_OUT.create(),
                click -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.addClassName("kc-logout");
        Div footer = new Div(new Span(user.displayName()), language, logout);
        footer.addClassName("kc-drawer-footer");
        Div header = new Div(brand, subtitle);
        header.addClassName("kc-drawer-header");
        addToDrawer(header, new Scroller(menu), footer);
    }

    private String organisationOf(SignedInUser user, TenantDirectory tenants) {
        return switch (user.role()) {
            case PROVINCE_ADMIN -> getTranslation("authority.province");
            case PREFECTURE_ADMIN -> getTranslation("authority.prefecture", Regions.name(this, user.regionCode()));
            default -> user.tenantCode().flatMap(tenants::find).map(Tenant::name).orElse("");
        };
    }
}
