package cn.kaichuang.tenancy;

/** An institution with this code (or schema) already exists. */
public class TenantAlreadyExistsException extends TenancyException {

    public TenantAlreadyExistsException(TenantCode code) {
        super("Institution '" + code + "' already exists");
    }
}
