package cn.kaichuang.certificate.internal;

import cn.kaichuang.identity.AccessPolicy;
import cn.kaichuang.identity.Caller;
import cn.kaichuang.identity.Role;
import cn.kaichuang.tenancy.Tenant;
import cn.kaichuang.tenancy.TenantCode;
import org.springframework.stereotype.Component;

/**
 * Who may do what with certificates, on top of the platform's {@link AccessPolicy}: staff of the
 * institution (admin, lecturers) and its supervisors read, the admin issues, the admin or the
 * province revokes. Reads outside the caller's reach answer "not found"; refusals are recorded.
 */
@Component
public class CertificateAccess {

    private final AccessPolicy policy;

    CertificateAccess(AccessPolicy policy) {
        this.policy = policy;
    }

    /** Issue, override: the current institution's own admin. */
    public Caller requireIssuer(String operation) {
        return policy.writerOfCurrentTenant(operation);
    }

    /** Revoke: the institution's admin, or the province. */
    public Caller requireRevoker(TenantCode tenant) {
        Caller caller = policy.caller();
        if (caller.isSystem() || caller.is(Role.PROVINCE_ADMIN)
                || caller.is(Role.INSTITUTION_ADMIN) && tenant.value().equals(caller.tenant())) {
            return caller;
        }
        throw policy.refusal(caller, "certificate.revoke");
    }

    /** Lists and PDFs: the institution's staff, the province, the prefecture of its region. */
    public boolean mayRead(Tenant tenant, String subject) {
        Caller caller = policy.caller();
        boolean allowed = inScope(caller, tenant);
        if (!allowed) {
            policy.refused(caller, "certificate", subject);
        }
        return allowed;
    }

    /** For searches across institutions, where results outside the caller's scope are simply left out. */
    public boolean inScope(Tenant tenant) {
        return inScope(policy.caller(), tenant);
    }

    private static boolean inScope(Caller caller, Tenant tenant) {
        boolean staff = caller.is(Role.INSTITUTION_ADMIN) || caller.is(Role.LECTURER);
        return AccessPolicy.mayRead(caller, tenant) && (caller.tenant() == null || staff);
    }
}
