package cn.kaichuang.certificate.internal;

import cn.kaichuang.attendance.AssessmentResults;
import cn.kaichuang.attendance.AttendanceRecords;
import cn.kaichuang.certificate.CompletionEvidence;
import cn.kaichuang.cohort.Ids.CohortId;
import cn.kaichuang.cohort.Ids.TraineeId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.springframework.stereotype.Component;

/** Completion evidence from what check-in, exams and plan reviews recorded in the institution's schema. */
@Component
class RecordedEvidence implements CompletionEvidence {

    private final AttendanceRecords attendance;
    private final AssessmentResults results;

    RecordedEvidence(AttendanceRecords attendance, AssessmentResults results) {
        this.attendance = attendance;
        this.results = results;
    }

    @Override
    public Evidence of(CohortId cohort, TraineeId trainee) {
        return new Evidence(attendance.completionPercent(cohort, trainee),
                results.passed(cohort, trainee, AssessmentResults.Kind.EXAM),
                results.passed(cohort, trainee, AssessmentResults.Kind.PLAN));
    }

    @Override
    public Map<TraineeId, Evidence> of(CohortId cohort, List<TraineeId> trainees) {
        boolean recordedAttendance = attendance.hasRecords(cohort);
        Map<TraineeId, Integer> percents = attendance.completionPercents(cohort);
        Map<TraineeId, Map<AssessmentResults.Kind, Boolean>> recorded = results.ofCohort(cohort);
        Map<TraineeId, Evidence> evidence = new HashMap<>();
        for (TraineeId trainee : trainees) {
            Map<AssessmentResults.Kind, Boolean> passed = recorded.getOrDefault(trainee, Map.of());
            evidence.put(trainee, new Evidence(
                    recordedAttendance ? OptionalInt.of(percents.getOrDefault(trainee, 0)) : OptionalInt.empty(),
                    Optional.ofNullable(passed.get(AssessmentResults.Kind.EXAM)),
                    Optional.ofNullable(passed.get(AssessmentResults.Kind.PLAN))));
        }
        return evidence;
    }
}
