package cn.kaichuang.certificate;

import cn.kaichuang.cohort.Ids.CohortId;
import cn.kaichuang.cohort.Ids.TraineeId;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What the assessment feature has recorded about one trainee of a cohort, in the current
 * institution's context. Until check-in, exams and plan scoring exist, nothing is recorded and
 * certificates need a manual override.
 */
public interface CompletionEvidence {

    Evidence of(CohortId cohort, TraineeId trainee);

    /** Empty values mean "not recorded", which never counts as met. */
    record Evidence(OptionalInt attendancePercent, Optional<Boolean> examPassed, Optional<Boolean> planPassed) {

        public static final Evidence NOTHING_RECORDED = new Evidence(OptionalInt.empty(), Optional.empty(),
                Optional.empty());
    }
}
