package cn.kaichuang.followup;

import cn.kaichuang.cohort.Ids.CohortId;
import cn.kaichuang.cohort.Ids.TraineeId;
import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One recorded outcome of a trainee after a cohort, with its source and who recorded it when. A
 * field is null when the source says nothing about it (an employment import says nothing of a business).
 */
public record Outcome(long id, CohortId cohort, TraineeId trainee, OutcomeSource source, @Nullable Long survey,
        @Nullable Boolean startedBusiness, @Nullable String registrationNumber, @Nullable Industry industry,
        @Nullable Integer jobsCreated, @Nullable Boolean employed, @Nullable String employer, Set<Need> needs,
        String recordedBy, Instant recordedAt) {
}
