package cn.kaichuang.audit.internal;

import cn.kaichuang.audit.AuditEvent;
import cn.kaichuang.tenancy.TenantLifecycleEvent;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Institution lifecycle changes go into the platform chain. */
@Component
class TenantLifecycleAudit {

    private final AuditChains chains;

    TenantLifecycleAudit(AuditChains chains) {
        this.chains = chains;
    }

    @EventListener
    void on(TenantLifecycleEvent event) {
        chains.append(Optional.empty(), AuditEvent.changed("tenant." + event.change().name().toLowerCase(Locale.ROOT),
                "tenant", event.tenant().value(), null, event.detail()));
    }
}
