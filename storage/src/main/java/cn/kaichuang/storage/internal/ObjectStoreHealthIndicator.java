package cn.kaichuang.storage.internal;

import cn.kaichuang.storage.ObjectStore;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * UP when the store answers an authenticated request. Asks whether a probe bucket exists rather
 * than listing buckets: a tenant-scoped production key may lack ListAllMyBuckets, but any working
 * key gets a yes or no for a single bucket. The endpoint is reported either way, since "which
 * server?" is the first question when it is DOWN.
 */
public final class ObjectStoreHealthIndicator implements HealthIndicator {

    static final String PROBE_BUCKET = "kc-health-probe";

    private final ObjectStore store;

    public ObjectStoreHealthIndicator(ObjectStore store) {
        this.store = store;
    }

    @Override
    public Health health() {
        String endpoint = store.endpoint().toString();
        try {
            store.bucketExists(PROBE_BUCKET);
            return Health.up().withDetail("endpoint", endpoint).build();
        } catch (RuntimeException e) {
            return Health.down(e).withDetail("endpoint", endpoint).build();
        }
    }
}
