package cn.kaichuang.app.ui.province;

import cn.kaichuang.app.security.SignedInUser;
import cn.kaichuang.identity.Role;
import cn.kaichuang.supervision.SnapshotRun;
import cn.kaichuang.supervision.StatisticsSnapshots;
import cn.kaichuang.supervision.TenantStatistics;
import cn.kaichuang.tenancy.Tenant;
import cn.kaichuang.tenancy.TenantCode;
import cn.kaichuang.tenancy.TenantDirectory;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The institutions an authority supervises, with their latest statistics snapshot: the
 * province sees all of them, a prefecture those registered in its region. Reads snapshots,
 * never every tenant schema (DESIGN §11).
 */
@Component
class SupervisedInstitutions {

    private final TenantDirectory tenants;
    private final StatisticsSnapshots statistics;

    SupervisedInstitutions(TenantDirectory tenants, StatisticsSnapshots statistics) {
        this.tenants = tenants;
        this.statistics = statistics;
    }

    List<InstitutionRow> visibleTo(SignedInUser user) {
        Map<TenantCode, TenantStatistics> latest = statistics.latest().stream()
                .collect(Collectors.toMap(TenantStatistics::tenant, Function.identity()));
        return tenants.all().stream()
                .filter(tenant -> supervises(user, tenant))
                .map(tenant -> new InstitutionRow(tenant, latest.get(tenant.code())))
                .toList();
    }

    SnapshotRun refresh() {
        return statistics.refreshAll();
    }

    private static boolean supervises(SignedInUser user, Tenant tenant) {
        return user.role() == Role.PROVINCE_ADMIN
                || user.role() == Role.PREFECTURE_ADMIN && Objects.equals(user.regionCode(), tenant.regionCode());
    }
}
