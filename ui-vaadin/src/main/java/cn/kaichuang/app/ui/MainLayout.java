package cn.kaichuang.app.ui;

import cn.kaichuang.app.security.CurrentUser;
import cn.kaichuang.app.security.Roles;
import cn.kaichuang.app.security.TenantChoice;
import cn.kaichuang.app.ui.notification.NotificationBell;
import cn.kaichuang.notification.Notifications;
import cn.kaichuang.identity.Caller;
import cn.kaichuang.identity.LocalAccounts;
import cn.kaichuang.identity.Role;
import cn.kaichuang.supervision.SupervisedInstitutions;
import cn.kaichuang.tenancy.Tenant;
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
import java.util.List;

/**
 * The frame around every view after login: the menu of the user's role in the drawer, and in
 * the header who is working for whom. On a phone the drawer folds away behind the toggle.
 */
@RolesAllowed({Roles.PROVINCE_ADMIN, Roles.PREFECTURE_ADMIN, Roles.INSTITUTION_ADMIN, Roles.LECTURER, Roles.EXPERT,
        Roles.MENTOR, Roles.TRAINEE})
public class MainLayout extends AppLayout {

    public MainLayout(SupervisedInstitutions institutions, AuthenticationContext authentication,
            LocalAccounts accounts, TenantChoice choice, Notifications notifications) {
        Caller user = CurrentUser.require();
        setPrimarySection(Section.DRAWER);

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("nav.menu"));
        Span organisation = new Span(organisationOf(user, institutions));
        organisation.addClassName("kc-organisation");
        Span role = new Span(getTranslation("role." + user.role()));
        role.addClassName("kc-role");
        Div who = new Div(organisation, role);
        who.addClassName("kc-who");
        NotificationBell bell = new NotificationBell(notifications);
        addToNavbar(toggle, who, bell);

        Span brand = new Span(getTranslation("app.name"));
        brand.addClassName("kc-brand");
        Span subtitle = new Span(getTranslation("app.subtitle"));
        subtitle.addClassName("kc-subtitle");
        Div menu = new Div();
        menu.addClassName("kc-menu");
        List<Navigation.Section> sections = Navigation.menuOf(user);
        for (Navigation.Section section : sections) {
            // A long menu is grouped by area; home entries stay on top without a heading.
            boolean labelled = sections.size() > 1 && section.area() != Navigation.Area.HOME;
            SideNav nav = labelled ? new SideNav(getTranslation(section.area().titleKey())) : new SideNav();
            nav.setCollapsible(labelled);
            for (Navigation.Entry entry : section.entries()) {
                nav.addItem(new SideNavItem(getTranslation(entry.titleKey()), entry.view(), entry.icon().create()));
            }
            menu.add(nav);
        }
        if (choice.canSwitch()) {
            SideNav switching = new SideNav();
            switching.addItem(new SideNavItem(getTranslation("nav.switch-institution"), ChooseInstitutionView.class,
                    VaadinIcon.EXCHANGE.create()));
            menu.add(switching);
        }
        Button language = new Button(getTranslation("nav.language"), VaadinIcon.GLOBE.create(),
                click -> LocalePreference.toggle(getUI().orElseThrow()));
        language.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        language.addClassName("kc-language");
        Button logout = new Button(getTranslation("nav.logout"), VaadinIcon.SIGN_OUT.create(),
                click -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.addClassName("kc-logout");
        Button password = new Button(getTranslation("password.change.open"), VaadinIcon.KEY.create(),
                click -> new ChangePasswordDialog(accounts, user.username()).open());
        password.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        password.addClassName("kc-change-password");
        Div footer = new Div(new Span(user.displayName()), language, password, logout);
        footer.addClassName("kc-drawer-footer");
        Div header = new Div(brand, subtitle);
        header.addClassName("kc-drawer-header");
        addToDrawer(header, new Scroller(menu), footer);
    }

    private String organisationOf(Caller user, SupervisedInstitutions institutions) {
        if (user.is(Role.PROVINCE_ADMIN)) {
            return getTranslation("authority.province");
        }
        if (user.is(Role.PREFECTURE_ADMIN)) {
            return getTranslation("authority.prefecture", Regions.name(this, user.regionCode()));
        }
        return institutions.own().map(Tenant::name).orElse("");
    }
}
