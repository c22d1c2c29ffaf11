package cn.kaichuang.certificate.internal;

import cn.kaichuang.attendance.AssessmentResults;
import cn.kaichuang.attendance.AttendanceRecords;
import cn.kaichuang.certificate.CompletionEvidence;
import cn.kaichuang.cohort.Ids.CohortId;
import cn.kaichuang.cohort.Ids.TraineeId;
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
}
