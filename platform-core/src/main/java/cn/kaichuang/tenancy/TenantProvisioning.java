package cn.kaichuang.tenancy;

import java.util.Collection;

/**
 * Creates, migrates, suspends and drops institutions. Every operation either completes or
 * leaves nothing behind (schema, role, bucket, registry row).
 */
public interface TenantProvisioning {

    /** Creates and migrates the {@code platform} schema if needed; cheap when up to date. */
    void preparePlatform();

    Tenant create(TenantCode code, String name, String regionCode);

    void suspend(TenantCode code);

    void resume(TenantCode code);

    void drop(TenantCode code);

    MigrationReport migrate(Collection<TenantCode> tenants, MigrationProgress progress);

    /** Number of tenant changesets the code ships; a tenant at this version is up to date. */
    int currentSchemaVersion();
}
