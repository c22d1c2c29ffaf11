package cn.kaichuang.supervision;

import cn.kaichuang.tenancy.TenantCode;
import java.time.Instant;

/** One institution's figures at one moment, as kept in {@code platform.tenant_statistics}. */
public record TenantStatistics(TenantCode tenant, Instant takenAt, long cohorts, long trainees, long enrolments,
        long lecturers) {
}
