package cn.kaichuang.supervision;

import cn.kaichuang.cohort.CohortCounts;
import cn.kaichuang.cohort.Cohorts;
import cn.kaichuang.supervision.internal.StatisticsTable;
import cn.kaichuang.tenancy.Tenant;
import cn.kaichuang.tenancy.TenantContext;
import cn.kaichuang.tenancy.TenantDirectory;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
    private final Clock clock;

    StatisticsSnapshots(TenantDirectory tenants, Cohorts cohorts, StatisticsTable table, Optional<Clock> clock) {
        this.tenants = tenants;
        this.cohorts = cohorts;
        this.table = table;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    /** Takes a snapshot of every active institution; one institution's failure does not stop the rest. */
    public SnapshotRun refreshAll() {
        Instant now = clock.instant();
        List<Tenant> active = tenants.active();
        List<cn.kaichuang.tenancy.TenantCode> failed = new ArrayList<>();
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

    /** The newest snapshot of each institution. */
    public List<TenantStatistics> latest() {
        return table.latest();
    }
}
