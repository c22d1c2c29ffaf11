package cn.kaichuang.identity;

import cn.kaichuang.tenancy.TenantCode;
import org.jspecify.annotations.Nullable;

/**
 * A local account. Institution-bound roles carry their tenant; a prefecture admin carries
 * the region code it supervises.
 */
public record Account(
        long id,
        String username,
        String displayName,
        Role role,
        @Nullable TenantCode tenant,
        @Nullable String regionCode,
        boolean enabled) {
}
