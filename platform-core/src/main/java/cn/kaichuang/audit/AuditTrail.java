package cn.kaichuang.audit;

import cn.kaichuang.audit.internal.AuditChains;
import cn.kaichuang.tenancy.TenantCode;
import cn.kaichuang.tenancy.TenantContext;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The tamper-evident record of who changed what. Inside an institution's context an entry
 * joins that institution's chain (and its transaction); outside, the platform chain.
 */
@Service
public class AuditTrail {

    private final AuditChains chains;
    private final ObjectProvider<AuditReadAccess> access;

    // Lazily: the access policy itself writes refusals to this trail.
    AuditTrail(AuditChains chains, ObjectProvider<AuditReadAccess> access) {
        this.chains = chains;
        this.access = access;
    }

    public AuditEntry record(AuditEvent event) {
        return chains.append(TenantContext.current(), event);
    }

    /** Who an entry recorded now would name: for {@link #recordAll}, which records for others. */
    public String actor() {
        return chains.actor();
    }

    /**
     * Several entries of the current institution's chain at once (group commits): one lock, one
     * read of the last link, one batched insert, in the caller's transaction. {@code actors.get(i)}
     * is who did {@code events.get(i)}, as {@link #actor()} said when they acted.
     */
    public List<AuditEntry> recordAll(List<String> actors, List<AuditEvent> events) {
        if (actors.size() != events.size()) {
            throw new IllegalArgumentException("One actor per event");
        }
        return events.isEmpty() ? List.of() : chains.appendAll(TenantContext.require(), actors, events);
    }

    /** For changes to platform tables, whichever institution the caller works for. */
    public AuditEntry recordPlatform(AuditEvent event) {
        return chains.append(Optional.empty(), event);
    }

    /** Checks the chain of one institution, or the platform chain when {@code tenant} is null. */
    public ChainVerification verify(@Nullable TenantCode tenant) {
        if (!access.getObject().mayReadChain(tenant)) {
            throw new AccessDeniedException("Access refused: audit chain");
        }
        return tenant == null ? chains.verifyPlatform() : TenantContext.call(tenant, chains::verifyCurrentTenant);
    }

    /** One page of a chain, the platform's when {@code tenant} is null, filtered and sorted as {@code query} says. */
    public List<AuditEntry> find(@Nullable TenantCode tenant, AuditQuery query, int offset, int limit) {
        if (!access.getObject().mayReadChain(tenant)) {
            return List.of();
        }
        return tenant == null ? chains.find(true, query, offset, limit)
                : TenantContext.call(tenant, () -> chains.find(false, query, offset, limit));
    }

    /** How many entries {@link #find} has in all for {@code query}. */
    public long count(@Nullable TenantCode tenant, AuditQuery query) {
        if (!access.getObject().mayReadChain(tenant)) {
            return 0;
        }
        return tenant == null ? chains.count(true, query) : TenantContext.call(tenant, () -> chains.count(false, query));
    }

    /** The newest entries of a chain; none when the caller may not read it. */
    public List<AuditEntry> recent(@Nullable TenantCode tenant, String actionPrefix, int limit) {
        if (!access.getObject().mayReadChain(tenant)) {
            return List.of();
        }
        return tenant == null ? chains.recentPlatform(actionPrefix, limit)
                : TenantContext.call(tenant, () -> chains.recentCurrentTenant(actionPrefix, limit));
    }
}
