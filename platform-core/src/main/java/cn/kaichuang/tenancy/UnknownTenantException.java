package cn.kaichuang.tenancy;

/** No institution with this code is registered. */
public class UnknownTenantException extends TenancyException {

    public UnknownTenantException(TenantCode code) {
        super("Unknown institution '" + code + "'");
    }
}
