package cn.kaichuang.protection;

import cn.kaichuang.audit.AuditEvent;
import cn.kaichuang.audit.AuditTrail;
import cn.kaichuang.identity.Caller;
import cn.kaichuang.identity.Role;
import cn.kaichuang.protection.internal.FirewallRuleTable;
import cn.kaichuang.protection.internal.RuleSet;
import cn.kaichuang.tenancy.TenantCode;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.net.InetAddress;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * CIDR allow and deny lists: the global ones (kept by the province admin) and one pair per
 * institution (kept by its admin). Every request is decided from lists cached per scope, so
 * the database is asked at most once per scope and cache period.
 */
@Service
public class FirewallRules {

    private static final String GLOBAL = "";

    private final FirewallRuleTable table;
    private final AuditTrail audit;
    private final LoadingCache<String, RuleSet> cache;

    FirewallRules(FirewallRuleTable table, AuditTrail audit, FirewallProperties properties) {
        this.table = table;
        this.audit = audit;
        this.cache = Caffeine.newBuilder().expireAfterWrite(properties.cacheTtl()).maximumSize(10_000)
                .build(scope -> RuleSet.of(table.list(scope.isEmpty() ? null : TenantCode.of(scope))));
    }

    /**
     * The global lists decide alone until the institution is known; then its lists apply too.
     * Deny wins anywhere; a non-empty allow list admits only its networks.
     */
    public FirewallDecision decide(InetAddress client, Optional<TenantCode> tenant) {
        FirewallDecision global = cache.get(GLOBAL).decide(client);
        if (global != FirewallDecision.ALLOWED || tenant.isEmpty()) {
            return global;
        }
        return cache.get(tenant.get().value()).decide(client);
    }

    public List<FirewallRule> list(Caller caller, @Nullable TenantCode tenant) {
        authorize(caller, tenant);
        return table.list(tenant);
    }

    /** Adds an entry; returns empty when the same entry is already on that list. */
    public Optional<FirewallRule> add(Caller caller, NewFirewallRule rule) {
        authorize(caller, rule.tenant());
        Optional<FirewallRule> added = table.insert(rule, caller.username());
        added.ifPresent(created -> {
            evict(created.tenant());
            audit.recordPlatform(AuditEvent.created("firewall-rule", created.id(), describe(created)));
        });
        return added;
    }

    /** Removes an entry of a list the caller keeps; false when it was gone already. */
    public boolean remove(Caller caller, long id) {
        Optional<FirewallRule> rule = table.find(id);
        if (rule.isEmpty()) {
            return false;
        }
        authorize(caller, rule.get().tenant());
        boolean removed = table.delete(id);
        if (removed) {
            evict(rule.get().tenant());
            audit.recordPlatform(AuditEvent.changed("firewall-rule.removed", "firewall-rule", id,
                    describe(rule.get()), null));
        }
        return removed;
    }

    /** The province keeps the global lists; an institution's admin keeps that institution's. */
    public static boolean mayManage(Caller caller, @Nullable TenantCode tenant) {
        if (caller.isSystem()) {
            return true;
        }
        return tenant == null ? caller.is(Role.PROVINCE_ADMIN)
                : caller.is(Role.INSTITUTION_ADMIN) && Objects.equals(caller.tenant(), tenant.value());
    }

    private static void authorize(Caller caller, @Nullable TenantCode tenant) {
        if (!mayManage(caller, tenant)) {
            throw new AccessDeniedException(caller.username() + " may not manage the firewall lists of "
                    + (tenant == null ? "the platform" : tenant.value()));
        }
    }

    private void evict(@Nullable TenantCode tenant) {
        cache.invalidate(tenant == null ? GLOBAL : tenant.value());
    }

    /** What the audit digest covers: the entry as an admin sees it. */
    private static String describe(FirewallRule rule) {
        return rule.kind() + " " + rule.cidr() + " " + (rule.tenant() == null ? "global" : rule.tenant().value())
                + " " + rule.reason();
    }
}
