package cn.kaichuang.tenancy;

import java.util.List;
import java.util.Optional;

/** Read access to the tenant registry. */
public interface TenantDirectory {

    List<Tenant> all();

    List<Tenant> active();

    Optional<Tenant> find(TenantCode code);

    default Tenant require(TenantCode code) {
        return find(code).orElseThrow(() -> new UnknownTenantException(code));
    }
}
