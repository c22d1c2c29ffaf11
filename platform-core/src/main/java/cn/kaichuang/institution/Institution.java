package cn.kaichuang.institution;

import cn.kaichuang.supervision.TenantStatistics;
import cn.kaichuang.tenancy.Tenant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** One row of the supervisors' institution list: registry entry, profile and latest statistics. */
public record Institution(Tenant tenant, InstitutionProfile profile, @Nullable TenantStatistics statistics) {

    public Optional<TenantStatistics> snapshot() {
        return Optional.ofNullable(statistics);
    }
}
