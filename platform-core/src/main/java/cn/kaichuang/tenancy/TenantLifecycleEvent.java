package cn.kaichuang.tenancy;

/** Published after an institution was created, suspended, resumed or dropped. */
public record TenantLifecycleEvent(TenantCode tenant, Change change, String detail) {

    public enum Change {
        CREATED,
        SUSPENDED,
        RESUMED,
        DROPPED
    }
}
