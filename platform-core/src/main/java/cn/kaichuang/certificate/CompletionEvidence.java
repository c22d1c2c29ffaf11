package cn.kaichuang.certificate;

import cn.kaichuang.cohort.Ids.CohortId;
import cn.kaichuang.cohort.Ids.TraineeId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the assessment feature has recorded about one trainee of a cohort, in the current
 * institution's context. Until check-in, exams and plan scoring exist, nothing is recorded and
 * certificates need a manual override.
 */
public interface CompletionEvidence {

    Evidence of(CohortId cohort, TraineeId trainee);

    /** The evidence of several trainees of one cohort; implementations answer it in a few queries. */
    default Map<TraineeId, Evidence> of(CohortId cohort, List<TraineeId> trainees) {
        return trainees.stream().collect(Collectors.toMap(Function.identity(), trainee -> of(cohort, trainee)));
    }

    /** Empty values mean "not recorded", which never counts as met. */
    record Evidence(OptionalInt attendancePercent, Optional<Boolean> examPassed, Optional<Boolean> planPassed) {

        public static final Evidence NOTHING_RECORDED = new Evidence(OptionalInt.empty(), Optional.empty(),
                Optional.empty());
    }
}
