package cn.kaichuang.supervision;

import cn.kaichuang.cohort.CohortStatus;
import cn.kaichuang.cohort.CourseType;
import cn.kaichuang.tenancy.TenantCode;
import java.time.Instant;
import java.time.LocalDate;

/** A cohort in the cross-institution list, as of its institution's latest snapshot. */
public record ConsoleCohort(TenantCode tenant, long cohortId, String regionCode, String institutionName, String name,
        CourseType courseType, CohortStatus status, LocalDate startDate, LocalDate endDate, int capacity,
        long enrolled, Instant takenAt) {
}
