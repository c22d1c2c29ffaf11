package cn.kaichuang.followup;

import cn.kaichuang.cohort.CourseType;
import cn.kaichuang.tenancy.TenantCode;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A model trainee (典型学员) as proposed by an institution, with the province's decision. */
public record ModelTrainee(long id, TenantCode tenant, String institutionName, String regionCode, long traineeId,
        long cohortId, String traineeName, String cohortName, CourseType courseType, String title, String story,
        ModelTraineeStatus status, String proposedBy, Instant proposedAt, @Nullable String decidedBy,
        @Nullable Instant decidedAt, @Nullable String returnReason) {
}
