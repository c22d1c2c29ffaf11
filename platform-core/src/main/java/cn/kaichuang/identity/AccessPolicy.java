package cn.kaichuang.identity;

import cn.kaichuang.audit.AuditEvent;
import cn.kaichuang.audit.AuditReadAccess;
import cn.kaichuang.audit.AuditTrail;
import cn.kaichuang.tenancy.Tenant;
import cn.kaichuang.tenancy.TenantCode;
import cn.kaichuang.tenancy.TenantContext;
import cn.kaichuang.tenancy.TenantDirectory;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Whose data a caller may reach, across features. The platform itself (jobs, start-up, CLI)
 * reaches everything; the province reads every institution, a prefecture the institutions of
 * its region, institution-bound roles their own institution; only the platform and an
 * institution's admin change institution data. Finer rules (a lecturer's cohorts, a trainee's
 * own record) live with the feature that owns the data. Every refusal is recorded as an
 * {@code access.refused} entry in the platform audit chain and a WARN line without personal data.
 */
@Service
public class AccessPolicy implements AuditReadAccess {

    private static final Logger log = LoggerFactory.getLogger(AccessPolicy.class);

    private final CurrentCaller callers;
    private final TenantDirectory tenants;
    private final AuditTrail audit;
    private final PlatformTransaction platform;

    AccessPolicy(CurrentCaller callers, TenantDirectory tenants, AuditTrail audit, PlatformTransaction platform) {
        this.callers = callers;
        this.tenants = tenants;
        this.audit = audit;
        this.platform = platform;
    }

    /** The current caller; an anonymous one is refused, and the refusal recorded. */
    public Caller caller() {
        try {
            return callers.get();
        } catch (AccessRefusedException e) {
            record(null, "caller", "anonymous");
            throw e;
        }
    }

    /** Whether {@code caller} may read the data of {@code tenant}. */
    public static boolean mayRead(Caller caller, Tenant tenant) {
        if (caller.isSystem() || caller.is(Role.PROVINCE_ADMIN)) {
            return true;
        }
        if (caller.is(Role.PREFECTURE_ADMIN)) {
            return Regions.supervises(caller.regionCode(), tenant.regionCode());
        }
        return tenant.code().value().equals(caller.tenant());
    }

    public boolean mayRead(Caller caller, TenantCode code) {
        if (caller.isSystem() || caller.is(Role.PROVINCE_ADMIN)) {
            return true;
        }
        if (!caller.is(Role.PREFECTURE_ADMIN)) {
            return code.value().equals(caller.tenant());
        }
        return platform.call(() -> tenants.find(code)).map(tenant -> mayRead(caller, tenant)).orElse(false);
    }

    /**
     * The caller, when they may read the current institution's data; otherwise empty, with the
     * refusal recorded, so that the service answers "not found" or an empty list.
     */
    public Optional<Caller> readerOfCurrentTenant(String subject) {
        Caller caller = caller();
        if (mayRead(caller, TenantContext.require())) {
            return Optional.of(caller);
        }
        refused(caller, subject, "*");
        return Optional.empty();
    }

    /** The caller, when they may change the current institution's data; otherwise refused. */
    public Caller writerOfCurrentTenant(String operation) {
        Caller caller = caller();
        TenantCode tenant = TenantContext.require();
        if (caller.isSystem() || caller.is(Role.INSTITUTION_ADMIN) && tenant.value().equals(caller.tenant())) {
            return caller;
        }
        throw refusal(caller, operation);
    }

    /** Records that {@code caller} was kept from {@code subjectType} {@code subjectId}. */
    public void refused(Caller caller, String subjectType, Object subjectId) {
        record(caller, subjectType, String.valueOf(subjectId));
    }

    /** Records the refusal of an operation and returns the exception to throw. */
    public AccessRefusedException refusal(Caller caller, String operation) {
        record(caller, operation, "-");
        return new AccessRefusedException(operation);
    }

    @Override
    public boolean mayReadChain(@Nullable TenantCode chain) {
        Caller caller = caller();
        boolean allowed = caller.isSystem() || caller.is(Role.PROVINCE_ADMIN)
                || chain != null && (caller.is(Role.PREFECTURE_ADMIN) && mayRead(caller, chain)
                        || caller.is(Role.INSTITUTION_ADMIN) && chain.value().equals(caller.tenant()));
        if (!allowed) {
            refused(caller, "audit-chain", chain == null ? "platform" : chain.value());
        }
        return allowed;
    }

    private void record(@Nullable Caller caller, String subjectType, String subjectId) {
        String where = TenantContext.current().map(TenantCode::value).orElse("-");
        // Role and institution only: the audit entry names the person, the log does not.
        log.warn("Access refused: role={} callerTenant={} context={} subject={}/{}",
                caller == null ? "ANONYMOUS" : caller.role(), caller == null ? "-" : caller.tenant(), where,
                subjectType, subjectId);
        platform.call(() -> audit.recordPlatform(
                new AuditEvent("access.refused", subjectType, where + "/" + subjectId, null, null)));
    }
}
