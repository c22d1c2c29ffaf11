package cn.kaichuang.app.security;

import cn.kaichuang.tenancy.Tenant;
import cn.kaichuang.tenancy.TenantCode;
import cn.kaichuang.tenancy.TenantDirectory;
import cn.kaichuang.tenancy.TenantLifecycleEvent;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Whether an institution is active, asked on every request of its people. Cached briefly so
 * that a request does not cost a registry query; the CLI suspends from another process, so
 * the time to live is what bounds how long a suspended institution's sessions go on (a
 * change made in this process evicts at once). Keyed by tenant code, as caches here must be.
 */
@Component
public class TenantStatusCache {

    private final LoadingCache<TenantCode, Boolean> active;

    TenantStatusCache(TenantDirectory directory,
            @Value("${kaichuang.login.tenant-status-ttl:5s}") Duration timeToLive) {
        this.active = Caffeine.newBuilder()
                .expireAfterWrite(timeToLive)
                .maximumSize(10_000)
                .build(code -> directory.find(code).map(Tenant::isActive).orElse(false));
    }

    public boolean isActive(TenantCode tenant) {
        return active.get(tenant);
    }

    @EventListener
    void on(TenantLifecycleEvent event) {
        active.invalidate(event.tenant());
    }
}
