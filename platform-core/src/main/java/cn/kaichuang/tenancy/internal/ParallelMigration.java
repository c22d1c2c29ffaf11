package cn.kaichuang.tenancy.internal;

import cn.kaichuang.tenancy.MigrationProgress;
import cn.kaichuang.tenancy.MigrationReport;
import cn.kaichuang.tenancy.TenantCode;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Migrates many tenant schemas a bounded number at a time; one tenant's failure is recorded
 * and the others go on.
 */
class ParallelMigration {

    private final Consumer<TenantCode> migrateOne;
    private final int parallelism;

    ParallelMigration(Consumer<TenantCode> migrateOne, int parallelism) {
        this.migrateOne = migrateOne;
        this.parallelism = Math.max(1, parallelism);
    }

    MigrationReport run(Collection<TenantCode> tenants, MigrationProgress progress) {
        long start = System.nanoTime();
        var failures = new ConcurrentLinkedQueue<MigrationReport.Failure>();
        var done = new AtomicInteger();
        int total = tenants.size();
        try (ExecutorService pool = Executors.newFixedThreadPool(Math.min(parallelism, Math.max(1, total)))) {
            for (TenantCode tenant : tenants) {
                pool.submit(() -> {
                    boolean ok = true;
                    try {
                        migrateOne.accept(tenant);
                    } catch (RuntimeException e) {
                        ok = false;
                        failures.add(new MigrationReport.Failure(tenant, e.getMessage()));
                    }
                    progress.migrated(done.incrementAndGet(), total, tenant, ok);
                });
            }
        }
        return new MigrationReport(total - failures.size(), List.copyOf(failures),
                Duration.ofNanos(System.nanoTime() - start));
    }
}
