package cn.kaichuang.audit.internal;

import cn.kaichuang.audit.AuditActor;
import cn.kaichuang.audit.AuditEntry;
import cn.kaichuang.audit.AuditEvent;
import cn.kaichuang.audit.AuditQuery;
import cn.kaichuang.audit.ChainVerification;
import cn.kaichuang.tenancy.TenantCode;
import cn.kaichuang.tenancy.TenantContext;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Builds links and hands them to the platform's or the current institution's table. */
@Component
public class AuditChains {

    private final PlatformChainTable platform;
    private final TenantChainTable tenant;
    private final AuditActor actor;
    private final Clock clock;

    AuditChains(PlatformChainTable platform, TenantChainTable tenant, Optional<AuditActor> actor, Optional<Clock> clock) {
        this.platform = platform;
        this.tenant = tenant;
        this.actor = actor.orElse(new SecurityContextActor());
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    public AuditEntry append(Optional<TenantCode> institution, AuditEvent event) {
        String who = actor.current();
        // PostgreSQL keeps microseconds; the hash must cover what is stored.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String tenantCode = institution.map(TenantCode::value).orElse(null);
        ChainTable table = institution.isPresent() ? tenant : platform;
        return table.append(last -> {
            long seq = last.map(AuditEntry::seq).orElse(0L) + 1;
            String prev = last.map(AuditEntry::hash).orElse(ChainHash.GENESIS);
            AuditEntry unsigned = new AuditEntry(seq, now, who, tenantCode, event.action(), event.subjectType(),
                    event.subjectId(), ChainHash.digest(event.before()), ChainHash.digest(event.after()), prev, "");
            return new AuditEntry(seq, now, who, tenantCode, event.action(), event.subjectType(), event.subjectId(),
                    unsigned.beforeDigest(), unsigned.afterDigest(), prev, ChainHash.of(unsigned));
        });
    }

    /** Who an entry appended now would name. */
    public String actor() {
        return actor.current();
    }

    /**
     * Links for several events of the current institution, each with the actor it was recorded
     * as, appended in order under one lock: the same links {@link #append} would make one by one.
     */
    public List<AuditEntry> appendAll(TenantCode institution, List<String> actors, List<AuditEvent> events) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String tenantCode = institution.value();
        return tenant.appendAll(last -> {
            List<AuditEntry> entries = new java.util.ArrayList<>(events.size());
            long seq = last.map(AuditEntry::seq).orElse(0L);
            String prev = last.map(AuditEntry::hash).orElse(ChainHash.GENESIS);
            for (int i = 0; i < events.size(); i++) {
                AuditEvent event = events.get(i);
                seq++;
                AuditEntry unsigned = new AuditEntry(seq, now, actors.get(i), tenantCode, event.action(),
                        event.subjectType(), event.subjectId(), ChainHash.digest(event.before()),
                        ChainHash.digest(event.after()), prev, "");
                AuditEntry entry = new AuditEntry(seq, now, actors.get(i), tenantCode, event.action(),
                        event.subjectType(), event.subjectId(), unsigned.beforeDigest(), unsigned.afterDigest(), prev,
                        ChainHash.of(unsigned));
                entries.add(entry);
                prev = entry.hash();
            }
            return entries;
        });
    }

    public ChainVerification verifyPlatform() {
        return platform.readAll(entries -> ChainVerifier.verify("platform", entries));
    }

    public ChainVerification verifyCurrentTenant() {
        String code = TenantContext.require().value();
        return tenant.readAll(entries -> ChainVerifier.verify(code, entries));
    }

    public List<AuditEntry> recentPlatform(String actionPrefix, int limit) {
        return platform.recent(limit, actionPrefix);
    }

    /** The platform chain when {@code platformChain}, else the current institution's. */
    public List<AuditEntry> find(boolean platformChain, AuditQuery query, int offset, int limit) {
        return (platformChain ? platform : tenant).find(query, offset, limit);
    }

    public long count(boolean platformChain, AuditQuery query) {
        return (platformChain ? platform : tenant).count(query);
    }

    public List<AuditEntry> recentCurrentTenant(String actionPrefix, int limit) {
        return tenant.recent(limit, actionPrefix);
    }
}
