package cn.kaichuang.tenancy;

/** Told after each tenant schema has been migrated, e.g. to draw a progress bar. */
@FunctionalInterface
public interface MigrationProgress {

    MigrationProgress NONE = (done, total, tenant, ok) -> { };

    void migrated(int done, int total, TenantCode tenant, boolean ok);
}
