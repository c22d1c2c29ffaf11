package cn.kaichuang.institution;

import cn.kaichuang.cohort.CourseType;
import cn.kaichuang.tenancy.TenantCode;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An institution's profile. {@code approvedCourseTypes} is the province's 目录清单; the rest
 * the institution keeps itself. An institution that never filled it in has an empty profile.
 */
public record InstitutionProfile(TenantCode tenant, Set<CourseType> approvedCourseTypes, String contactPerson,
        @Nullable String contactPhone, String address, int annualCapacity, String description,
        @Nullable String updatedBy, @Nullable Instant updatedAt, @Nullable Suspension suspension) {

    public static InstitutionProfile empty(TenantCode tenant) {
        return new InstitutionProfile(tenant, Set.of(), "", null, "", 0, "", null, null, null);
    }

    public Optional<Suspension> suspended() {
        return Optional.ofNullable(suspension);
    }

    /** Without contact data, for the audit trail's digest. */
    @Override
    public String toString() {
        return "InstitutionProfile[" + tenant + ", " + approvedCourseTypes + ", " + annualCapacity + ", "
                + updatedAt + "]";
    }
}
