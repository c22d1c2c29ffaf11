package cn.kaichuang.assessment;

import cn.kaichuang.attendance.AssessmentResults;
import cn.kaichuang.attendance.AttendanceRecords;
import cn.kaichuang.attendance.CohortAttendance;
import cn.kaichuang.cohort.Ids.CohortId;
import cn.kaichuang.cohort.Ids.TraineeId;
import cn.kaichuang.identity.AccessPolicy;
import cn.kaichuang.identity.Caller;
import cn.kaichuang.identity.Role;
import cn.kaichuang.review.Grade;
import cn.kaichuang.review.PlanResult;
import cn.kaichuang.review.Reviews;
import cn.kaichuang.submission.SubmissionRow;
import cn.kaichuang.submission.SubmissionStatus;
import cn.kaichuang.submission.Submissions;
import cn.kaichuang.tenancy.TenantCode;
import cn.kaichuang.tenancy.TenantContext;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Assessment and attendance figures of the current institution's cohorts (TA-5, TA-6), for its
 * admins and lecturers (a lecturer sees the cohorts they lead, as {@code Cohorts} decides) and those
 * supervising it. Attendance comes from check-in's records, plans from submissions, grades from the
 * expert review and exam pass/fail from {@code assessment_result}.
 *
 * <p>Not transactional on purpose: the review's figures live in schema {@code platform} and are read
 * on a connection of the platform's own, not on the institution's role (see {@code Reviews}).
 *
 * <p>EXAM: when the exam sittings feature publishes per-trainee scores, add them to
 * {@link TraineeResult} and a score distribution to {@link CohortAssessment} here; until then only
 * the recorded pass/fail is shown.
 */
@Service
public class AssessmentStatistics {

    private final AttendanceRecords attendance;
    private final Submissions submissions;
    private final Reviews reviews;
    private final AssessmentResults results;
    private final AccessPolicy policy;

    AssessmentStatistics(AttendanceRecords attendance, Submissions submissions, Reviews reviews,
            AssessmentResults results, AccessPolicy policy) {
        this.attendance = attendance;
        this.submissions = submissions;
        this.reviews = reviews;
        this.results = results;
        this.policy = policy;
    }

    /** Every cohort the caller reaches, the latest start first; empty for anyone else (refusal audited). */
    public List<CohortAssessment> cohorts() {
        if (!allowed("assessment-statistics")) {
            return List.of();
        }
        TenantCode tenant = TenantContext.require();
        return attendance.overview().stream().map(a -> of(tenant, a)).toList();
    }

    public Optional<CohortAssessment> cohort(CohortId cohort) {
        if (!allowed("assessment-statistics")) {
            return Optional.empty();
        }
        TenantCode tenant = TenantContext.require();
        return attendance.ofCohort(cohort).map(a -> of(tenant, a));
    }

    /** Every enrolled trainee's results in the cohort, in roster order; empty for a cohort out of reach. */
    public List<TraineeResult> trainees(CohortId cohort) {
        if (!allowed("assessment-results")) {
            return List.of();
        }
        Optional<CohortAttendance> found = attendance.ofCohort(cohort);
        if (found.isEmpty()) {
            return List.of();
        }
        CohortAttendance a = found.get();
        TenantCode tenant = TenantContext.require();
        Map<Long, PlanResult> reviewed = byPlan(reviews.results(tenant, cohort));
        var exams = results.ofCohort(cohort);
        return submissions.overview(cohort).stream().map(row -> {
            PlanResult r = row.id() == null ? null : reviewed.get(row.id().value());
            Map<AssessmentResults.Kind, Boolean> recorded = exams.getOrDefault(row.trainee(), Map.of());
            Integer percent = a.percentOf(row.trainee()).isPresent() ? a.percentOf(row.trainee()).getAsInt() : null;
            return new TraineeResult(row.trainee(), row.traineeName(), a.attended().getOrDefault(row.trainee(), 0),
                    a.sessionsHeld(), percent, row.status(), r == null ? null : r.finalScore(),
                    r == null ? null : r.grade(), recorded.get(AssessmentResults.Kind.EXAM));
        }).toList();
    }

    private CohortAssessment of(TenantCode tenant, CohortAttendance a) {
        CohortId cohort = a.cohort().id();
        List<SubmissionRow> rows = submissions.overview(cohort);
        int submitted = 0;
        int drafts = 0;
        int notStarted = 0;
        for (SubmissionRow row : rows) {
            switch (row.status()) {
                case SUBMITTED -> submitted++;
                case DRAFT, RETURNED -> drafts++;
                case NOT_STARTED -> notStarted++;
            }
        }
        Map<Grade, Integer> grades = new EnumMap<>(Grade.class);
        for (Grade g : Grade.values()) {
            grades.put(g, 0);
        }
        int awaiting = 0;
        List<PlanResult> reviewed = submitted == 0 ? List.of() : reviews.results(tenant, cohort);
        for (PlanResult r : reviewed) {
            if (r.grade() != null) {
                grades.merge(r.grade(), 1, Integer::sum);
            }
        }
        Map<Long, SubmissionStatus> status = new HashMap<>();
        rows.forEach(row -> {
            if (row.id() != null) {
                status.put(row.id().value(), row.status());
            }
        });
        for (PlanResult r : reviewed) {
            if (r.grade() == null && status.get(r.submissionId()) == SubmissionStatus.SUBMITTED) {
                awaiting++;
            }
        }
        int passed = 0;
        int failed = 0;
        for (Map<AssessmentResults.Kind, Boolean> recorded : results.ofCohort(cohort).values()) {
            Boolean exam = recorded.get(AssessmentResults.Kind.EXAM);
            if (exam != null) {
                if (exam) {
                    passed++;
                } else {
                    failed++;
                }
            }
        }
        Integer rate = a.ratePercent().isPresent() ? a.ratePercent().getAsInt() : null;
        return new CohortAssessment(a.cohort(), a.roster().size(), a.sessions(), a.sessionsHeld(), rate, submitted,
                drafts, notStarted, grades, awaiting, passed, failed);
    }

    private static Map<Long, PlanResult> byPlan(List<PlanResult> results) {
        Map<Long, PlanResult> map = new HashMap<>();
        results.forEach(r -> map.put(r.submissionId(), r));
        return map;
    }

    private boolean allowed(String subject) {
        Caller caller = policy.caller();
        if (caller.isSystem() || caller.is(Role.PROVINCE_ADMIN) || caller.is(Role.PREFECTURE_ADMIN)
                || caller.is(Role.INSTITUTION_ADMIN) || caller.is(Role.LECTURER)) {
            return policy.readerOfCurrentTenant(subject).isPresent();
        }
        policy.refused(caller, subject, "*");
        return false;
    }
}
