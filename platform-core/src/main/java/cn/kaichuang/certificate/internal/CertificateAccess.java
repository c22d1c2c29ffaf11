package cn.kaichuang.certificate.internal;

import cn.kaichuang.certificate.CertificateException;
import cn.kaichuang.identity.Caller;
import cn.kaichuang.identity.CallerPrincipal;
import cn.kaichuang.identity.Role;
import cn.kaichuang.tenancy.Tenant;
import cn.kaichuang.tenancy.TenantCode;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who may do what with certificates. Reads outside the caller's reach answer "not found", so a
 * serial or cohort id of another institution reveals nothing; every refusal is logged.
 */
@Component
public class CertificateAccess {

    private static final Logger log = LoggerFactory.getLogger(CertificateAccess.class);

    public Caller caller() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return Caller.SYSTEM;
        }
        if (authentication instanceof AnonymousAuthenticationToken
                || !(authentication.getPrincipal() instanceof CallerPrincipal principal)) {
            throw refused("anonymous", "certificates");
        }
        return principal.caller();
    }

    /** Issue, override: the institution's own admin. */
    public Caller requireIssuer(TenantCode tenant) {
        Caller caller = caller();
        if (caller.isSystem() || caller.is(Role.INSTITUTION_ADMIN) && tenant.value().equals(caller.tenant())) {
            return caller;
        }
        throw refused(caller.username(), "issue in " + tenant);
    }

    /** Revoke: the institution's admin, or the province. */
    public Caller requireRevoker(TenantCode tenant) {
        Caller caller = caller();
        if (caller.is(Role.PROVINCE_ADMIN)) {
            return caller;
        }
        return requireIssuer(tenant);
    }

    /** Lists and PDFs: the institution's staff, the province, the prefecture of its region. */
    public boolean mayRead(Tenant tenant) {
        Caller caller = caller();
        boolean allowed = caller.isSystem() || caller.is(Role.PROVINCE_ADMIN)
                || caller.is(Role.PREFECTURE_ADMIN) && supervises(caller.regionCode(), tenant.regionCode())
                || (caller.is(Role.INSTITUTION_ADMIN) || caller.is(Role.LECTURER))
                        && tenant.code().value().equals(caller.tenant());
        if (!allowed) {
            log.warn("Refused {} reading certificates of institution {}", caller.username(), tenant.code());
        }
        return allowed;
    }

    /** 430100 (长沙市) supervises 4301xx; a province-level code (xx0000) its whole province. */
    static boolean supervises(@Nullable String prefecture, String region) {
        if (prefecture == null || prefecture.length() != 6) {
            return false;
        }
        String prefix = prefecture.endsWith("0000") ? prefecture.substring(0, 2) : prefecture.substring(0, 4);
        return region.startsWith(prefix);
    }

    private static CertificateException refused(String who, String what) {
        log.warn("Refused {}: {}", who, what);
        return new CertificateException("certificate.error.forbidden", what);
    }
}
