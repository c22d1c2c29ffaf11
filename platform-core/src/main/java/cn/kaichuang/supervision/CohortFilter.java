package cn.kaichuang.supervision;

import cn.kaichuang.cohort.CohortStatus;
import cn.kaichuang.cohort.CourseType;
import cn.kaichuang.tenancy.TenantCode;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Filters of the cross-institution cohort list; null means "any".
 *
 * @param region a region code: a prefecture (430100) covers its counties; narrowed to the caller's scope anyway
 * @param startFrom cohorts starting on or after
 * @param startTo cohorts starting on or before
 * @param name part of the cohort's name
 */
public record CohortFilter(@Nullable String region, @Nullable TenantCode tenant, @Nullable CourseType courseType,
        @Nullable CohortStatus status, @Nullable LocalDate startFrom, @Nullable LocalDate startTo,
        @Nullable String name) {

    public static final CohortFilter NONE = new CohortFilter(null, null, null, null, null, null, null);
}
