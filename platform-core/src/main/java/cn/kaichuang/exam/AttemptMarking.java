package cn.kaichuang.exam;

import cn.kaichuang.attendance.AssessmentResults;
import cn.kaichuang.audit.AuditEvent;
import cn.kaichuang.audit.AuditTrail;
import cn.kaichuang.cohort.Ids.CohortId;
import cn.kaichuang.cohort.Ids.TraineeId;
import cn.kaichuang.exam.internal.AttemptRow;
import cn.kaichuang.exam.internal.SittingRow;
import cn.kaichuang.exam.internal.SittingTables;
import cn.kaichuang.identity.AsPlatform;
import cn.kaichuang.tenancy.TenantCode;
import cn.kaichuang.tenancy.TenantContext;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Marking shared by the candidate's submit, the first read after the deadline and the sweep job.
 * Papers never change once drawn, so they are cached with their question versions: saving an answer
 * and marking read only the attempt's own rows.
 */
@Component
class AttemptMarking {

    /** A marked attempt's points, right answers and per-question outcomes. */
    record Evaluation(double score, int correct, List<ItemAnalysis.Outcome> outcomes) {
    }

    private final SittingTables tables;
    private final Papers papers;
    private final AuditTrail audit;
    private final Cache<String, Paper> cache = Caffeine.newBuilder().maximumSize(20_000).build();

    private final AssessmentResults results;
    private final AsPlatform asPlatform;

    AttemptMarking(SittingTables tables, Papers papers, AuditTrail audit, AssessmentResults results,
            AsPlatform asPlatform) {
        this.results = results;
        this.asPlatform = asPlatform;
        this.tables = tables;
        this.papers = papers;
        this.audit = audit;
    }

    Paper paper(long paperId) {
        String key = TenantContext.current().map(TenantCode::value).orElse("") + ":" + paperId;
        return cache.get(key, k -> asPlatform.call(() -> papers.stored(paperId))
                .orElseThrow(() -> new IllegalStateException("Paper " + paperId + " of an attempt is missing")));
    }

    void remember(Paper paper) {
        cache.put(TenantContext.current().map(TenantCode::value).orElse("") + ":" + paper.id(), paper);
    }

    static MarkingRule rule(SittingRow sitting) {
        return MarkingRule.valueOf(sitting.rule());
    }

    static Sitting sitting(SittingRow row) {
        return new Sitting(row.id(), row.name(), row.blueprintId(), row.blueprintName(), row.totalScore(),
                row.cohortId(), row.cohortName(), row.opensAt(), row.closesAt(), row.durationMinutes(),
                row.maxAttempts(), row.passMark(), rule(row), row.createdBy());
    }

    Evaluation evaluate(AttemptRow attempt, MarkingRule rule) {
        Paper paper = paper(attempt.paperId());
        Map<Integer, List<Integer>> answers = tables.answers(attempt.id());
        double score = 0;
        int correct = 0;
        List<ItemAnalysis.Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < paper.questions().size(); i++) {
            PaperQuestion question = paper.questions().get(i);
            List<Integer> chosen = answers.getOrDefault(i, List.of());
            score += Marking.points(question, chosen, rule);
            boolean right = !chosen.isEmpty() && question.isCorrect(chosen);
            correct += right ? 1 : 0;
            outcomes.add(new ItemAnalysis.Outcome(question.question().id(), question.question().version(),
                    question.question().type(), question.question().stem(), right));
        }
        return new Evaluation(score, correct, outcomes);
    }

    /** Marks a running attempt, submitted at {@code at}; the caller holds the row's lock. */
    AttemptResult mark(AttemptRow attempt, SittingRow sitting, Instant at, boolean byDeadline) {
        Evaluation evaluation = evaluate(attempt, rule(sitting));
        boolean passed = evaluation.score() >= sitting.passMark();
        tables.mark(attempt.id(), at, byDeadline ? "DEADLINE" : "CANDIDATE", evaluation.score(), passed);
        // What certificates read as "exam passed" (TM-6).
        results.record(new CohortId(sitting.cohortId()), new TraineeId(attempt.traineeId()), AssessmentResults.Kind.EXAM,
                passed, at);
        audit.record(AuditEvent.changed(byDeadline ? "exam_attempt.submitted-by-deadline" : "exam_attempt.submitted",
                "exam_attempt", attempt.id(), null, attempt.candidate() + " #" + attempt.attempt() + " "
                        + evaluation.score() + "/" + sitting.totalScore() + (passed ? " passed" : " failed")));
        return result(attempt, sitting, evaluation, at, byDeadline, passed);
    }

    /** The result of a marked attempt. */
    AttemptResult result(AttemptRow marked, SittingRow sitting) {
        Evaluation evaluation = evaluate(marked, rule(sitting));
        return result(marked, sitting, evaluation, marked.submittedAt(), "DEADLINE".equals(marked.submittedHow()),
                Boolean.TRUE.equals(marked.passed()));
    }

    private static AttemptResult result(AttemptRow attempt, SittingRow sitting, Evaluation evaluation, Instant at,
            boolean byDeadline, boolean passed) {
        return new AttemptResult(attempt.id(), sitting.id(), attempt.attempt(), evaluation.score(),
                sitting.totalScore(), sitting.passMark(), passed, evaluation.correct(),
                evaluation.outcomes().size(), at, byDeadline, attempt.focusLosses());
    }

    /**
     * The attempt as it stands at {@code now}: one still running past its deadline is marked first,
     * as submitted at the deadline. The row is locked when it needs marking.
     */
    AttemptRow settled(AttemptRow attempt, SittingRow sitting, Instant now) {
        if (!attempt.open() || now.isBefore(attempt.deadline())) {
            return attempt;
        }
        AttemptRow locked = tables.attemptForUpdate(attempt.id()).orElseThrow();
        if (locked.open()) {
            mark(locked, sitting, locked.deadline(), true);
        }
        return tables.attempt(attempt.id()).orElseThrow();
    }
}
