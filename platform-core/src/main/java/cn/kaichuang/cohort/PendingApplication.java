package cn.kaichuang.cohort;

import cn.kaichuang.cohort.Ids.CohortId;
import cn.kaichuang.tenancy.TenantCode;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A cohort application in the approval queue across institutions ({@code platform.cohort_application}). */
public record PendingApplication(TenantCode tenant, String institutionName, String regionCode, long cohortId,
        String cohortName, CourseType courseType, Instant submittedAt, String submittedBy, State state,
        @Nullable String decidedBy, @Nullable Instant decidedAt, @Nullable String reason) {

    public enum State {
        SUBMITTED,
        APPROVED,
        RETURNED,
        /** The cohort is no longer waiting although the queue said so (a submit that did not commit). */
        WITHDRAWN
    }

    public CohortId cohort() {
        return new CohortId(cohortId);
    }
}
