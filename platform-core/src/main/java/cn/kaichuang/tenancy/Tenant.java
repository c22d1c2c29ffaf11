package cn.kaichuang.tenancy;

import java.time.Instant;

/** One row of the tenant registry in schema {@code platform}. */
public record Tenant(
        TenantCode code,
        String name,
        String regionCode,
        String schema,
        TenantStatus status,
        int schemaVersion,
        Instant createdAt,
        Instant updatedAt) {

    public boolean isActive() {
        return status == TenantStatus.ACTIVE;
    }
}
