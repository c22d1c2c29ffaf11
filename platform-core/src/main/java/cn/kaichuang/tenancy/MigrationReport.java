package cn.kaichuang.tenancy;

import java.time.Duration;
import java.util.List;

/** Outcome of migrating several tenant schemas. */
public record MigrationReport(int migrated, List<Failure> failures, Duration took) {

    public record Failure(TenantCode tenant, String reason) {
    }

    public boolean ok() {
        return failures.isEmpty();
    }
}
