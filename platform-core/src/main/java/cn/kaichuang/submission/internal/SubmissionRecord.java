package cn.kaichuang.submission.internal;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A row of table {@code submission}. */
public record SubmissionRecord(long id, long cohortId, long traineeId, String planType, String status,
        @Nullable Integer submittedVersion, @Nullable Instant submittedAt, @Nullable String returnedReason) {
}
