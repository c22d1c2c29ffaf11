package cn.kaichuang.supervision;

import cn.kaichuang.cohort.CohortCounts;
import cn.kaichuang.cohort.Cohorts;
import cn.kaichuang.identity.AccessPolicy;
import cn.kaichuang.identity.Caller;
import cn.kaichuang.identity.Role;
import cn.kaichuang.supervision.internal.StatisticsTable;
import cn.kaichuang.tenancy.Tenant;
import cn.kaichuang.tenancy.TenantCode;
import cn.kaichuang.tenancy.TenantContext;
import cn.kaichuang.tenancy.TenantDirectory;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Province-wide figures read from snapshots rather than by querying every schema on each
 * page view (DESIGN §11: with Citus the console must read snapshots).
 */
@Service
public class StatisticsSnapshots {

    private static final Logger log = LoggerFactory.getLogger(StatisticsSnapshots.class);

    private final TenantDirectory tenants;
    private final Cohorts cohorts;
    private final StatisticsTable table;
    private final AccessPolicy policy;
    private final Clock clock;

    StatisticsSnapshots(TenantDirectory tenants, Cohorts cohorts, StatisticsTable table, AccessPolicy policy,
            Optional<Clock> clock) {
        this.tenants = tenants;
        this.policy = policy;
        this.cohorts = cohorts;
        this.table = table;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    /**
     * Takes a snapshot of every active institution the caller supervises (the platform and the
     * province: all); one institution's failure does not stop the rest. Refreshing figures is a
     * supervisory function, so the read-only authorities may start it.
     */
    public SnapshotRun refreshAll() {
        Caller caller = policy.caller();
        if (!caller.isSystem() && !caller.is(Role.PROVINCE_ADMIN) && !caller.is(Role.PREFECTURE_ADMIN)) {
            throw policy.refusal(caller, "statistics.refresh");
        }
        Instant now = clock.instant();
        List<Tenant> active = tenants.active().stream().filter(t -> AccessPolicy.mayRead(caller, t)).toList();
        List<TenantCode> failed = new ArrayList<>();
        for (Tenant tenant : active) {
            try {
                CohortCounts counts = TenantContext.call(tenant.code(), cohorts::counts);
                table.insert(new TenantStatistics(tenant.code(), now, counts.cohorts(), counts.trainees(),
                        counts.enrolments(), counts.lecturers()));
            } catch (RuntimeException e) {
                log.error("Statistics snapshot of institution {} failed", tenant.code(), e);
                failed.add(tenant.code());
            }
        }
        return new SnapshotRun(active.size() - failed.size(), List.copyOf(failed));
    }

    /** The newest snapshot of each institution the caller may read. */
    public List<TenantStatistics> latest() {
        Caller caller = policy.caller();
        if (caller.isSystem() || caller.is(Role.PROVINCE_ADMIN)) {
            return table.latest();
        }
        if (caller.is(Role.PREFECTURE_ADMIN) || caller.is(Role.INSTITUTION_ADMIN)) {
            Set<TenantCode> readable = tenants.all().stream().filter(t -> AccessPolicy.mayRead(caller, t))
                    .map(Tenant::code).collect(Collectors.toSet());
            return table.latest().stream().filter(s -> readable.contains(s.tenant())).toList();
        }
        policy.refused(caller, "statistics", "*");
        return List.of();
    }
}
