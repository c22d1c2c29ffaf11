package cn.kaichuang.supervision;

import cn.kaichuang.identity.AccessPolicy;
import cn.kaichuang.identity.Caller;
import cn.kaichuang.tenancy.Tenant;
import cn.kaichuang.tenancy.TenantCode;
import cn.kaichuang.tenancy.TenantDirectory;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * The institutions a caller may see, for the views: the province all of them, a prefecture
 * those of its region (by region-code prefix), institution staff their own. Reads statistics
 * snapshots, never every tenant schema (DESIGN §11). Views use this rather than the raw
 * {@link TenantDirectory}, which serves the platform's own work (jobs, CLI, login).
 */
@Service
public class SupervisedInstitutions {

    private final TenantDirectory tenants;
    private final StatisticsSnapshots statistics;
    private final AccessPolicy policy;

    SupervisedInstitutions(TenantDirectory tenants, StatisticsSnapshots statistics, AccessPolicy policy) {
        this.tenants = tenants;
        this.statistics = statistics;
        this.policy = policy;
    }

    public List<SupervisedInstitution> visible() {
        Caller caller = policy.caller();
        Map<TenantCode, TenantStatistics> latest = statistics.latest().stream()
                .collect(Collectors.toMap(TenantStatistics::tenant, Function.identity()));
        return tenants.all().stream()
                .filter(tenant -> AccessPolicy.mayRead(caller, tenant))
                .map(tenant -> new SupervisedInstitution(tenant, latest.get(tenant.code())))
                .toList();
    }

    /** Empty for an unknown code and for an institution the caller may not see alike (the latter recorded). */
    public Optional<SupervisedInstitution> find(TenantCode code) {
        Caller caller = policy.caller();
        Optional<Tenant> tenant = tenants.find(code);
        if (tenant.isPresent() && !AccessPolicy.mayRead(caller, tenant.get())) {
            policy.refused(caller, "institution", code.value());
            return Optional.empty();
        }
        return tenant.map(t -> new SupervisedInstitution(t, statistics.latest().stream()
                .filter(s -> s.tenant().equals(code)).findFirst().orElse(null)));
    }

    /** The institution the caller works for, if bound to one, for the header of every view. */
    public Optional<Tenant> own() {
        return policy.caller().tenantCode().flatMap(tenants::find);
    }

    public SnapshotRun refresh() {
        return statistics.refreshAll();
    }
}
