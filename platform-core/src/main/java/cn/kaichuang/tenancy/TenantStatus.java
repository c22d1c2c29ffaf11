package cn.kaichuang.tenancy;

/** Lifecycle of an institution on the platform. */
public enum TenantStatus {
    ACTIVE,
    SUSPENDED,
    ARCHIVED
}
