package cn.kaichuang.tenancy.internal;

import cn.kaichuang.tenancy.TenantCode;
import cn.kaichuang.tenancy.TenantContext;
import org.hibernate.context.spi.CurrentTenantIdentifierResolver;

/**
 * Tells Hibernate whose data a session works on. Without a tenant it answers a sentinel that
 * {@link TenantConnectionProvider} refuses, so frameworks may open sessions but never read data.
 */
class TenantIdentifierResolver implements CurrentTenantIdentifierResolver<String> {

    static final String NO_TENANT = "__none__";

    @Override
    public String resolveCurrentTenantIdentifier() {
        return TenantContext.current().map(TenantCode::value).orElse(NO_TENANT);
    }

    @Override
    public boolean validateExistingCurrentSessions() {
        return true;
    }
}
