package cn.kaichuang.app.ui.protection;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.kaichuang.app.ui.KaribuTest;
import cn.kaichuang.audit.AuditTrail;
import cn.kaichuang.identity.Caller;
import cn.kaichuang.protection.FirewallRule;
import cn.kaichuang.protection.FirewallRules;
import cn.kaichuang.tenancy.TenantCode;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class FirewallViewTest extends KaribuTest {

    @Autowired
    FirewallRules rules;

    @Autowired
    AuditTrail audit;

    @AfterEach
    void clearLists() {
        for (TenantCode scope : new TenantCode[] {null, TenantCode.of("changsha-xingcheng")}) {
            rules.list(Caller.SYSTEM, scope).forEach(rule -> rules.remove(Caller.SYSTEM, rule.id()));
        }
    }

    @Test
    void theProvinceKeepsTheGlobalListsAndRemovalAsksFirst() {
        login("province");
        UI.getCurrent().navigate(FirewallView.class);
        FirewallView view = _get(FirewallView.class);

        view.cidr.setValue("not-an-address");
        view.reason.setValue("试验");
        _click(view.add);
        assertThat(view.cidr.isInvalid()).isTrue();
        assertThat(view.cidr.getErrorMessage()).isEqualTo("不是有效的 IP 地址或 CIDR 地址段");

        view.kind.setValue(FirewallRule.Kind.DENY);
        view.cidr.setValue("203.0.113.0/24");
        view.reason.setValue("");
        _click(view.add);
        assertThat(view.reason.isInvalid()).isTrue();
        assertThat(rules.list(Caller.SYSTEM, null)).isEmpty();

        view.reason.setValue("扫描攻击");
        _click(view.add);
        List<FirewallRule> global = rules.list(Caller.SYSTEM, null);
        assertThat(global).singleElement().satisfies(rule -> {
            assertThat(rule.cidr()).hasToString("203.0.113.0/24");
            assertThat(rule.createdBy()).isEqualTo("province");
        });
        assertThat(GridKt._size(view.grid)).isEqualTo(1);

        view.confirmRemoval(global.getFirst());
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt._getText(confirm)).contains("203.0.113.0/24").contains("拒绝");
        ConfirmDialogKt._fireCancel(confirm);
        assertThat(rules.list(Caller.SYSTEM, null)).as("nothing removed without confirming").hasSize(1);

        view.confirmRemoval(global.getFirst());
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(rules.list(Caller.SYSTEM, null)).isEmpty();
        assertThat(GridKt._size(view.grid)).isZero();
        assertThat(audit.recent(null, "firewall-rule.created", 10))
                .anyMatch(entry -> entry.actor().equals("province"));
    }

    @Test
    void anInstitutionAdminKeepsOnlyTheirInstitutionsLists() {
        Caller admin = login("admin1");
        asTenantOf(admin, () -> UI.getCurrent().navigate(FirewallView.class));
        FirewallView view = _get(FirewallView.class);

        view.kind.setValue(FirewallRule.Kind.ALLOW);
        view.cidr.setValue("2001:db8:1::/48");
        view.reason.setValue("机构办公网");
        _click(view.add);

        assertThat(rules.list(Caller.SYSTEM, null)).isEmpty();
        assertThat(rules.list(Caller.SYSTEM, TenantCode.of("changsha-xingcheng"))).singleElement()
                .satisfies(rule -> assertThat(rule.kind()).isEqualTo(FirewallRule.Kind.ALLOW));
    }
}
