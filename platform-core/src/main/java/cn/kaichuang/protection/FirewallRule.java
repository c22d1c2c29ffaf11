package cn.kaichuang.protection;

import cn.kaichuang.tenancy.TenantCode;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One entry of an allow or deny list; {@code tenant} is null on the global lists. */
public record FirewallRule(long id, @Nullable TenantCode tenant, Kind kind, Cidr cidr, String reason,
        String createdBy, Instant createdAt) {

    public enum Kind {
        ALLOW,
        DENY
    }
}
