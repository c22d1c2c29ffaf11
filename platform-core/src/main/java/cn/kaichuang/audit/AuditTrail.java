package cn.kaichuang.audit;

import cn.kaichuang.audit.internal.AuditChains;
import cn.kaichuang.tenancy.TenantCode;
import cn.kaichuang.tenancy.TenantContext;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The tamper-evident record of who changed what. Inside an institution's context an entry
 * joins that institution's chain (and its transaction); outside, the platform chain.
 */
@Service
public class AuditTrail {

    private final AuditChains chains;

    AuditTrail(AuditChains chains) {
        this.chains = chains;
    }

    public AuditEntry record(AuditEvent event) {
        return chains.append(TenantContext.current(), event);
    }

    /** For changes to platform tables, whichever institution the caller works for. */
    public AuditEntry recordPlatform(AuditEvent event) {
        return chains.append(Optional.empty(), event);
    }

    /** Checks the chain of one institution, or the platform chain when {@code tenant} is null. */
    public ChainVerification verify(@Nullable TenantCode tenant) {
        return tenant == null ? chains.verifyPlatform() : TenantContext.call(tenant, chains::verifyCurrentTenant);
    }

    /** One page of a chain, the platform's when {@code tenant} is null, filtered and sorted as {@code query} says. */
    public List<AuditEntry> find(@Nullable TenantCode tenant, AuditQuery query, int offset, int limit) {
        return tenant == null ? chains.find(true, query, offset, limit)
                : TenantContext.call(tenant, () -> chains.find(false, query, offset, limit));
    }

    /** How many entries {@link #find} has in all for {@code query}. */
    public long count(@Nullable TenantCode tenant, AuditQuery query) {
        return tenant == null ? chains.count(true, query) : TenantContext.call(tenant, () -> chains.count(false, query));
    }

    public List<AuditEntry> recent(@Nullable TenantCode tenant, String actionPrefix, int limit) {
        return tenant == null ? chains.recentPlatform(actionPrefix, limit)
                : TenantContext.call(tenant, () -> chains.recentCurrentTenant(actionPrefix, limit));
    }
}
