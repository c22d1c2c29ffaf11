package cn.kaichuang.supervision;

import cn.kaichuang.tenancy.Tenant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** An institution as its supervisors see it: the registry entry and its latest snapshot, if one was taken. */
public record SupervisedInstitution(Tenant tenant, @Nullable TenantStatistics statistics) {

    public Optional<TenantStatistics> snapshot() {
        return Optional.ofNullable(statistics);
    }
}
