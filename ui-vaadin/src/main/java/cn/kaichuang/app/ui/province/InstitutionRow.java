package cn.kaichuang.app.ui.province;

import cn.kaichuang.supervision.TenantStatistics;
import cn.kaichuang.tenancy.Tenant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** One line of the overview: the institution and its latest snapshot, if one was taken. */
record InstitutionRow(Tenant tenant, @Nullable TenantStatistics statistics) {

    Optional<TenantStatistics> snapshot() {
        return Optional.ofNullable(statistics);
    }
}
