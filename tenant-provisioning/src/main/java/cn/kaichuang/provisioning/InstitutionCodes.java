package cn.kaichuang.provisioning;

import cn.kaichuang.tenancy.InvalidTenantCodeException;
import cn.kaichuang.tenancy.TenantCode;

/**
 * Checks codes given on the command line before anything connects. A malformed code is a usage
 * error (exit status 2), as any option value picocli cannot convert would be.
 */
final class InstitutionCodes {

    private InstitutionCodes() {
    }

    static TenantCode parse(String value) {
        try {
            return TenantCode.of(value);
        } catch (InvalidTenantCodeException e) {
            throw new UsageError(e.getMessage());
        }
    }
}
