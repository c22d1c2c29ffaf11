package cn.kaichuang.cohort;

import cn.kaichuang.tenancy.TenantCode;

/**
 * Published when an institution registers or edits a lecturer, for copies kept outside the
 * institution's schema (the province-wide lecturer pool). Carries no contact data.
 */
public record LecturerChanged(TenantCode tenant, LecturerView lecturer) {
}
