package cn.kaichuang.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kaichuang.audit.AuditTrail;
import cn.kaichuang.identity.Caller;
import cn.kaichuang.identity.Role;
import cn.kaichuang.protection.FirewallRule.Kind;
import cn.kaichuang.tenancy.TenantCode;
import cn.kaichuang.tenancy.TenantDirectory;
import cn.kaichuang.tenancy.TenantProvisioning;
import cn.kaichuang.testsupport.PlatformTest;
import cn.kaichuang.testsupport.Tenants;
import java.net.InetAddress;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@PlatformTest
class FirewallRulesTest {

    private static final Caller PROVINCE = new Caller("province", "省", Role.PROVINCE_ADMIN, null, null);

    @Autowired
    FirewallRules rules;

    @Autowired
    AuditTrail audit;

    @Autowired
    TenantProvisioning provisioning;

    @Autowired
    TenantDirectory directory;

    @AfterEach
    void clearGlobalLists() {
        rules.list(Caller.SYSTEM, null).forEach(rule -> rules.remove(Caller.SYSTEM, rule.id()));
    }

    @Test
    void aDeniedNetworkIsRefusedAtOnceAndAllowedAgainAfterRemoval() throws Exception {
        InetAddress client = InetAddress.getByName("203.0.113.9");
        assertThat(rules.decide(client, Optional.empty())).isEqualTo(FirewallDecision.ALLOWED);

        FirewallRule rule = rules.add(PROVINCE, new NewFirewallRule(null, Kind.DENY, Cidr.parse("203.0.113.0/24"),
                "扫描攻击")).orElseThrow();
        assertThat(rules.decide(client, Optional.empty())).isEqualTo(FirewallDecision.DENIED);
        assertThat(rules.decide(InetAddress.getByName("203.0.114.9"), Optional.empty()))
                .isEqualTo(FirewallDecision.ALLOWED);
        assertThat(rule.createdBy()).isEqualTo("province");
        assertThat(audit.recent(null, "firewall-rule.created", 50))
                .anyMatch(entry -> entry.subjectId().equals(String.valueOf(rule.id())));

        assertThat(rules.remove(PROVINCE, rule.id())).isTrue();
        assertThat(rules.decide(client, Optional.empty())).isEqualTo(FirewallDecision.ALLOWED);
        assertThat(audit.recent(null, "firewall-rule.removed", 50))
                .anyMatch(entry -> entry.subjectId().equals(String.valueOf(rule.id())));
    }

    @Test
    void anAllowListAdmitsOnlyItsNetworksAndDenyWins() throws Exception {
        rules.add(PROVINCE, new NewFirewallRule(null, Kind.ALLOW, Cidr.parse("2001:db8::/32"), "省内专网"));
        rules.add(PROVINCE, new NewFirewallRule(null, Kind.DENY, Cidr.parse("2001:db8:bad::/48"), "失陷主机"));

        assertThat(rules.decide(InetAddress.getByName("2001:db8:1::5"), Optional.empty()))
                .isEqualTo(FirewallDecision.ALLOWED);
        assertThat(rules.decide(InetAddress.getByName("2001:db9::5"), Optional.empty()))
                .isEqualTo(FirewallDecision.NOT_ALLOWED);
        assertThat(rules.decide(InetAddress.getByName("198.51.100.1"), Optional.empty()))
                .isEqualTo(FirewallDecision.NOT_ALLOWED);
        assertThat(rules.decide(InetAddress.getByName("2001:db8:bad::1"), Optional.empty()))
                .isEqualTo(FirewallDecision.DENIED);
    }

    @Test
    void anInstitutionsListsApplyToItsOwnUsersOnly() throws Exception {
        TenantCode tenant = Tenants.ensure(provisioning, directory, "fw-school");
        TenantCode other = Tenants.ensure(provisioning, directory, "fw-other");
        Caller admin = new Caller("fw-admin", "管理员", Role.INSTITUTION_ADMIN, tenant.value(), null);
        FirewallRule rule = rules.add(admin, new NewFirewallRule(tenant, Kind.ALLOW, Cidr.parse("192.0.2.0/24"),
                "机构办公网")).orElseThrow();
        InetAddress outside = InetAddress.getByName("198.51.100.1");

        assertThat(rules.decide(outside, Optional.of(tenant))).isEqualTo(FirewallDecision.NOT_ALLOWED);
        assertThat(rules.decide(InetAddress.getByName("192.0.2.44"), Optional.of(tenant)))
                .isEqualTo(FirewallDecision.ALLOWED);
        assertThat(rules.decide(outside, Optional.of(other))).isEqualTo(FirewallDecision.ALLOWED);
        assertThat(rules.decide(outside, Optional.empty())).isEqualTo(FirewallDecision.ALLOWED);
        assertThat(rules.list(admin, tenant)).containsExactly(rule);
        rules.remove(admin, rule.id());
    }

    @Test
    void onlyTheKeeperOfAListMayReadOrChangeIt() {
        TenantCode tenant = Tenants.ensure(provisioning, directory, "fw-keeper");
        Caller admin = new Caller("k-admin", "管理员", Role.INSTITUTION_ADMIN, tenant.value(), null);
        Caller stranger = new Caller("s-admin", "别人", Role.INSTITUTION_ADMIN, "fw-stranger", null);
        Caller lecturer = new Caller("k-lect", "讲师", Role.LECTURER, tenant.value(), null);
        NewFirewallRule global = new NewFirewallRule(null, Kind.DENY, Cidr.parse("192.0.2.1"), "x");
        NewFirewallRule own = new NewFirewallRule(tenant, Kind.DENY, Cidr.parse("192.0.2.1"), "x");

        assertThatThrownBy(() -> rules.add(admin, global)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> rules.add(stranger, own)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> rules.add(lecturer, own)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> rules.add(PROVINCE, own)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> rules.list(stranger, tenant)).isInstanceOf(AccessDeniedException.class);
        FirewallRule added = rules.add(admin, own).orElseThrow();
        assertThatThrownBy(() -> rules.remove(stranger, added.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(rules.list(admin, tenant)).hasSize(1);
        assertThat(rules.add(admin, own)).as("the same entry twice").isEmpty();
    }
}
