package cn.kaichuang.audit;

import cn.kaichuang.tenancy.TenantCode;
import org.jspecify.annotations.Nullable;

/**
 * Decides who may read an audit chain. Implemented by the identity feature, which knows the
 * caller; declared here so that the audit trail, which every feature writes to, depends on no
 * feature above it.
 */
public interface AuditReadAccess {

    /** Whether the current caller may read the chain of {@code chain}, or the platform chain when null. */
    boolean mayReadChain(@Nullable TenantCode chain);
}
