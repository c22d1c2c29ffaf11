package cn.kaichuang.submission;

import cn.kaichuang.cohort.Ids.TraineeId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A line of a cohort's submission list for staff: every enrolled trainee, started or not. */
public record SubmissionRow(TraineeId trainee, String traineeName, @Nullable SubmissionId id,
        SubmissionStatus status, int versions, @Nullable Integer submittedVersion, @Nullable Instant submittedAt,
        int attachments) {
}
