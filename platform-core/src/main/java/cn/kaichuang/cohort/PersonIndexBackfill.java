package cn.kaichuang.cohort;

import cn.kaichuang.tenancy.Tenant;
import cn.kaichuang.tenancy.TenantContext;
import cn.kaichuang.tenancy.TenantDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Fills {@code platform.person_index} at start-up for trainees it does not hold yet (those
 * registered before the index existed). Not a changeset: a tenant changelog writing platform
 * tables would tie the schemas together, which must stay movable one by one. Per institution it
 * costs two counts when nothing is missing; one institution's failure does not stop the others.
 */
@Component
class PersonIndexBackfill {

    private static final Logger log = LoggerFactory.getLogger(PersonIndexBackfill.class);

    private final TenantDirectory tenants;
    private final Trainees trainees;

    PersonIndexBackfill(TenantDirectory tenants, Trainees trainees) {
        this.tenants = tenants;
        this.trainees = trainees;
    }

    @EventListener(ApplicationReadyEvent.class)
    void backfill() {
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
