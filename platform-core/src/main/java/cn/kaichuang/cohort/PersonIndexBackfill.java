package cn.kaichuang.cohort;

import cn.kaichuang.cohort.internal.PersonIndexTable;
import cn.kaichuang.cohort.internal.PlatformJdbc;
import cn.kaichuang.tenancy.Tenant;
import cn.kaichuang.tenancy.TenantContext;
import cn.kaichuang.tenancy.TenantDirectory;
import cn.kaichuang.tenancy.TenantLifecycleEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code platform.person_index} whole beyond the writes of {@link Trainees}: fills it at
 * start-up for trainees it does not hold yet (registered before the index existed, or restored
 * from an archive), and empties a dropped institution's rows. Not a changeset: a tenant changelog
 * writing platform tables would tie the schemas together, which must stay movable one by one.
 * Per institution the start-up check costs two counts when nothing is missing; one
 * institution's failure does not stop the others.
 */
@Component
class PersonIndexBackfill {

    private static final Logger log = LoggerFactory.getLogger(PersonIndexBackfill.class);

    private final TenantDirectory tenants;
    private final Trainees trainees;
    private final PersonIndexTable index;
    private final PlatformJdbc platform;

    private final boolean onStart;

    PersonIndexBackfill(TenantDirectory tenants, Trainees trainees, PersonIndexTable index, PlatformJdbc platform,
            @Value("${kaichuang.startup-tasks.enabled:true}") boolean onStart) {
        this.onStart = onStart;
        this.tenants = tenants;
        this.trainees = trainees;
        this.index = index;
        this.platform = platform;
    }

    /** A dropped institution's trainees are gone; so is their place in the index. */
    @EventListener
    void on(TenantLifecycleEvent event) {
        if (event.change() == TenantLifecycleEvent.Change.DROPPED) {
            platform.run(() -> index.removeTenant(event.tenant().value()));
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void backfill() {
        if (!onStart) {
            return;
        }
        int written = 0;
        for (Tenant tenant : tenants.active()) {
            try {
                written += TenantContext.call(tenant.code(), trainees::reindexPersons);
            } catch (RuntimeException e) {
                log.warn("Person index not backfilled for {}: {}", tenant.code().value(), e.toString());
            }
        }
        if (written > 0) {
            log.info("Person index: {} rows backfilled", written);
        }
    }
}
