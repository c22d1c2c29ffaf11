package cn.kaichuang.tenancy.internal;

import cn.kaichuang.tenancy.MigrationProgress;
import cn.kaichuang.tenancy.MigrationReport;
import cn.kaichuang.tenancy.TenancyProperties;
import cn.kaichuang.tenancy.TenantCode;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * After start-up, brings tenants left behind by a deployment up to date in the background.
 * Finding them is one registry query, so start-up time does not grow with the tenant count
 * (Fineract, hitobito and others migrate every tenant serially at start: DESIGN §11).
 */
@Component
class OutdatedTenantsMigration {

    private static final Logger log = LoggerFactory.getLogger(OutdatedTenantsMigration.class);

    private final TenantProvisioner provisioner;
    private final TenancyProperties properties;

    OutdatedTenantsMigration(TenantProvisioner provisioner, TenancyProperties properties) {
        this.provisioner = provisioner;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    void migrateInBackground() {
        if (!properties.migrateOnStart()) {
            return;
        }
        List<TenantCode> outdated = provisioner.outdated();
        if (outdated.isEmpty()) {
            return;
        }
        log.info("{} institution schemas are behind; migrating in the background", outdated.size());
        Thread.ofVirtual().name("tenant-migration").start(() -> {
            MigrationReport report = provisioner.migrate(outdated, MigrationProgress.NONE);
            log.info("Migrated {} institution schemas in {} ms, {} failed", report.migrated(),
                    report.took().toMillis(), report.failures().size());
            report.failures().forEach(f -> log.error("Migration of {} failed: {}", f.tenant(), f.reason()));
        });
    }
}
