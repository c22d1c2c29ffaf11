package cn.kaichuang.followup;

import cn.kaichuang.followup.internal.FollowupTable;
import cn.kaichuang.followup.internal.FollowupTable.KpiCell;
import cn.kaichuang.followup.internal.KpiSnapshotTable;
import cn.kaichuang.identity.AccessPolicy;
import cn.kaichuang.identity.Caller;
import cn.kaichuang.identity.Role;
import cn.kaichuang.supervision.SnapshotRun;
import cn.kaichuang.tenancy.Tenant;
import cn.kaichuang.tenancy.TenantCode;
import cn.kaichuang.tenancy.TenantContext;
import cn.kaichuang.tenancy.TenantDirectory;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Outcome KPIs (TM-9): start-up rate, jobs created and employment rate. An institution reads its own
 * live (one query on its schema); the province and prefectures read snapshots in schema
 * {@code platform} that Quartz refreshes (DESIGN §11: no fan-out over every schema per page view),
 * per institution, prefecture, course type and lead lecturer.
 */
@Service
public class OutcomeKpis {

    private static final Logger log = LoggerFactory.getLogger(OutcomeKpis.class);

    private final FollowupTable table;
    private final KpiSnapshotTable snapshots;
    private final TenantDirectory tenants;
    private final AccessPolicy policy;
    private final Clock clock;

    OutcomeKpis(FollowupTable table, KpiSnapshotTable snapshots, TenantDirectory tenants, AccessPolicy policy,
            Optional<Clock> clock) {
        this.table = table;
        this.snapshots = snapshots;
        this.tenants = tenants;
        this.policy = policy;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /**
     * The current institution's KPIs, read live, by course type or lead lecturer (anything else: one
     * row). Its admin; for anyone else an empty report and the refusal recorded.
     */
    public KpiReport institution(KpiDimension dimension) {
        Optional<Caller> reader = policy.readerOfCurrentTenant("followup-kpis")
                .filter(c -> c.isSystem() || c.is(Role.INSTITUTION_ADMIN));
        if (reader.isEmpty()) {
            return empty(dimension);
        }
        List<KpiCell> cells = table.kpiCells();
        Function<KpiCell, String[]> group = switch (dimension) {
            case COURSE_TYPE -> c -> new String[] {c.courseType().name(), c.courseType().name()};
            case LECTURER -> c -> new String[] {String.valueOf(c.lecturerId()), c.lecturerName()};
            default -> c -> new String[] {TenantContext.require().value(), TenantContext.require().value()};
        };
        Map<String, KpiRow> rows = new LinkedHashMap<>();
        for (KpiCell cell : cells) {
            String[] key = group.apply(cell);
            KpiRow row = new KpiRow(key[0], key[1], cell.completed(), cell.reached(), cell.started(), cell.jobs(),
                    cell.employed());
            rows.merge(key[0], row, KpiRow::plus);
        }
        return report(dimension, null, List.copyOf(rows.values()));
    }

    /**
     * Recomputes every active institution's snapshot the caller supervises (the platform: all); one
     * institution's failure leaves its previous snapshot and does not stop the others.
     */
    public SnapshotRun refresh() {
        Caller caller = policy.caller();
        if (!caller.isSystem() && !caller.is(Role.PROVINCE_ADMIN) && !caller.is(Role.PREFECTURE_ADMIN)) {
            throw policy.refusal(caller, "followup.kpi-refresh");
        }
        Instant now = clock.instant();
        List<Tenant> active = tenants.active().stream().filter(t -> AccessPolicy.mayRead(caller, t)).toList();
        List<TenantCode> failed = new ArrayList<>();
        for (Tenant tenant : active) {
            try {
                List<KpiCell> cells = TenantContext.call(tenant.code(), table::kpiCells);
                snapshots.replace(tenant, cells, now);
            } catch (RuntimeException e) {
                log.error("Outcome KPI snapshot of institution {} failed", tenant.code(), e);
                failed.add(tenant.code());
            }
        }
        return new SnapshotRun(active.size() - failed.size(), List.copyOf(failed));
    }

    /** The province's (or the caller's prefecture's) KPIs from the latest snapshots. */
    public KpiReport province(KpiDimension dimension) {
        Caller caller = policy.caller();
        String scope;
        if (caller.isSystem() || caller.is(Role.PROVINCE_ADMIN)) {
            scope = "%";
        } else if (caller.is(Role.PREFECTURE_ADMIN) && caller.regionCode() != null
                && caller.regionCode().matches("\\d{6}")) {
            scope = caller.regionCode().replaceFirst("(00)+$", "") + "%";
        } else {
            policy.refused(caller, "followup-kpis", "*");
            return empty(dimension);
        }
        return report(dimension, snapshots.takenAt(scope).orElse(null), snapshots.rows(scope, dimension));
    }

    private static KpiReport report(KpiDimension dimension, @org.jspecify.annotations.Nullable Instant takenAt,
            List<KpiRow> rows) {
        KpiRow total = rows.stream().reduce(new KpiRow("*", "", 0, 0, 0, 0, 0), KpiRow::plus);
        return new KpiReport(dimension, takenAt, new KpiRow("*", "", total.completed(), total.reached(),
                total.started(), total.jobs(), total.employed()), rows);
    }

    private static KpiReport empty(KpiDimension dimension) {
        return report(dimension, null, List.of());
    }
}
