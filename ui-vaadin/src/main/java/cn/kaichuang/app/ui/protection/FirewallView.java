package cn.kaichuang.app.ui.protection;

import cn.kaichuang.app.security.CurrentUser;
import cn.kaichuang.app.security.Roles;
import cn.kaichuang.app.ui.Formats;
import cn.kaichuang.app.ui.MainLayout;
import cn.kaichuang.identity.Caller;
import cn.kaichuang.protection.Cidr;
import cn.kaichuang.protection.FirewallRule;
import cn.kaichuang.protection.FirewallRules;
import cn.kaichuang.protection.InvalidCidrException;
import cn.kaichuang.protection.NewFirewallRule;
import cn.kaichuang.tenancy.TenantCode;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/**
 * 访问控制: the allow and deny lists the user keeps — the global ones for the province admin,
 * their institution's for an institution admin. Removal asks first; the core audits both.
 */
@Route(value = "firewall", layout = MainLayout.class)
@RolesAllowed({Roles.PROVINCE_ADMIN, Roles.INSTITUTION_ADMIN})
public class FirewallView extends VerticalLayout implements HasDynamicTitle {

    final Grid<FirewallRule> grid = new Grid<>();
    final Select<FirewallRule.Kind> kind = new Select<>();
    final TextField cidr = new TextField();
    final TextField reason = new TextField();
    final Button add = new Button();
    private final Paragraph empty = new Paragraph();
    private final FirewallRules rules;
    private final Caller caller;
    private final @Nullable TenantCode tenant;

    FirewallView(FirewallRules rules) {
        this.rules = rules;
        Caller user = CurrentUser.require();
        this.caller = new Caller(user.username(), user.displayName(), user.role(), user.tenant(), user.regionCode());
        this.tenant = user.tenantCode().orElse(null);
        addClassName("kc-view");
        setSizeFull();

        kind.setLabel(getTranslation("firewall.kind"));
        kind.setItems(FirewallRule.Kind.values());
        kind.setItemLabelGenerator(k -> getTranslation("firewall.kind." + k.name()));
        kind.setValue(FirewallRule.Kind.DENY);
        cidr.setLabel(getTranslation("firewall.cidr"));
        cidr.setPlaceholder("203.0.113.0/24");
        reason.setLabel(getTranslation("firewall.reason"));
        reason.setMaxLength(200);
        add.setText(getTranslation("firewall.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(click -> addEntry());
        HorizontalLayout form = new HorizontalLayout(kind, cidr, reason, add);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);

        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(r -> getTranslation("firewall.kind." + r.kind().name())).setHeader(getTranslation("firewall.kind"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.cidr().toString()).setHeader(getTranslation("firewall.cidr")).setAutoWidth(true);
        grid.addColumn(FirewallRule::reason).setHeader(getTranslation("firewall.reason")).setFlexGrow(2);
        grid.addColumn(FirewallRule::createdBy).setHeader(getTranslation("firewall.created-by")).setAutoWidth(true);
        grid.addColumn(r -> Formats.dateTime(this, r.createdAt())).setHeader(getTranslation("firewall.created-at"))
                .setAutoWidth(true);
        grid.addComponentColumn(r -> {
            Button remove = new Button(getTranslation("firewall.remove"), VaadinIcon.TRASH.create(),
                    click -> confirmRemoval(r));
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            return remove;
        }).setAutoWidth(true);

        String title = getTranslation(tenant == null ? "firewall.title.global" : "firewall.title.tenant");
        add(new H2(title), new Paragraph(getTranslation("firewall.explain")), form, grid, empty);
        refresh();
    }

    private void addEntry() {
        cidr.setInvalid(false);
        reason.setInvalid(false);
        Cidr network;
        try {
            network = Cidr.parse(cidr.getValue());
        } catch (InvalidCidrException e) {
            cidr.setErrorMessage(getTranslation(InvalidCidrException.MESSAGE_KEY));
            cidr.setInvalid(true);
            return;
        }
        if (reason.getValue().isBlank()) {
            reason.setErrorMessage(getTranslation(NewFirewallRule.REASON_REQUIRED));
            reason.setInvalid(true);
            return;
        }
        rules.add(caller, new NewFirewallRule(tenant, kind.getValue(), network, reason.getValue()))
                .ifPresentOrElse(added -> {
                    Notification.show(getTranslation("firewall.added", added.cidr().toString()));
                    cidr.clear();
                    reason.clear();
                }, () -> Notification.show(getTranslation("firewall.duplicate")));
        refresh();
    }

    void confirmRemoval(FirewallRule rule) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("firewall.remove.confirm.title"));
        confirm.setText(getTranslation("firewall.remove.confirm.message",
                getTranslation("firewall.kind." + rule.kind().name()), rule.cidr().toString()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("password.change.cancel"));
        confirm.setConfirmText(getTranslation("firewall.remove"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(event -> {
            rules.remove(caller, rule.id());
            Notification.show(getTranslation("firewall.removed", rule.cidr().toString()));
            refresh();
        });
        confirm.open();
    }

    private void refresh() {
        var entries = rules.list(caller, tenant);
        grid.setItems(entries);
        empty.setText(getTranslation("firewall.empty"));
        empty.setVisible(entries.isEmpty());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.firewall") + " | " + getTranslation("app.name");
    }
}
