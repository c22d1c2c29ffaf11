package cn.kaichuang.exam;

import cn.kaichuang.audit.AuditEvent;
import cn.kaichuang.audit.AuditTrail;
import cn.kaichuang.cohort.CohortView;
import cn.kaichuang.cohort.Cohorts;
import cn.kaichuang.cohort.Ids.CohortId;
import cn.kaichuang.cohort.Ids.TraineeId;
import cn.kaichuang.cohort.TraineeView;
import cn.kaichuang.cohort.Trainees;
import cn.kaichuang.exam.internal.AttemptRow;
import cn.kaichuang.exam.internal.SittingRow;
import cn.kaichuang.exam.internal.SittingTables;
import cn.kaichuang.identity.AccessPolicy;
import cn.kaichuang.identity.AsPlatform;
import cn.kaichuang.identity.Caller;
import cn.kaichuang.identity.Role;
import cn.kaichuang.tenancy.TenantCode;
import cn.kaichuang.tenancy.TenantContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sittings of the current institution (TA-2): an institution admin, or a lecturer for a cohort they
 * lead, schedules a cohort's sitting of a blueprint; both read its results and item analysis. Reads
 * mark any attempt whose deadline has passed first, so the figures never wait for the sweep job.
 */
@Service
public class ExamSittings {

    private final SittingTables tables;
    private final Papers papers;
    private final AttemptMarking marking;
    private final Cohorts cohorts;
    private final Trainees trainees;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final AsPlatform asPlatform;
    private final Clock clock;
    private final TransactionTemplate transaction;

    ExamSittings(SittingTables tables, Papers papers, AttemptMarking marking, Cohorts cohorts, Trainees trainees,
            AccessPolicy policy, AuditTrail audit, AsPlatform asPlatform, Optional<Clock> clock,
            PlatformTransactionManager transactions) {
        this.tables = tables;
        this.papers = papers;
        this.marking = marking;
        this.cohorts = cohorts;
        this.trainees = trainees;
        this.policy = policy;
        this.audit = audit;
        this.asPlatform = asPlatform;
        this.clock = clock.orElse(Clock.systemUTC());
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * Schedules a sitting; validated, and refused when the bank cannot fill a paper of the blueprint.
     *
     * @throws ExamException with the reason, nothing stored
     */
    public Sitting schedule(NewSitting sitting) {
        Caller caller = staff("exam.sitting.schedule");
        String name = sitting.name().strip();
        if (name.isEmpty() || name.length() > 100) {
            throw new ExamException("exam.error.sitting-name", sitting.name());
        }
        if (!sitting.closesAt().isAfter(sitting.opensAt())) {
            throw new ExamException("exam.error.sitting-window", "-");
        }
        if (!sitting.closesAt().isAfter(clock.instant())) {
            throw new ExamException("exam.error.sitting-past", "-");
        }
        if (sitting.durationMinutes() < 1 || sitting.durationMinutes() > 600) {
            throw new ExamException("exam.error.sitting-duration", String.valueOf(sitting.durationMinutes()));
        }
        if (sitting.maxAttempts() < 1 || sitting.maxAttempts() > 10) {
            throw new ExamException("exam.error.sitting-attempts", String.valueOf(sitting.maxAttempts()));
        }
        CohortView cohort = cohorts.find(new CohortId(sitting.cohortId()))
                .orElseThrow(() -> new ExamException("exam.error.cohort-not-found", String.valueOf(sitting.cohortId())));
        QuestionPool pool = asPlatform.call(papers::pool);
        return transaction.execute(status -> {
            Blueprint blueprint = papers.storedBlueprint(sitting.blueprintId()).orElseThrow(() -> {
                policy.refused(caller, "exam_blueprint", sitting.blueprintId());
                return new ExamException("exam.error.not-found", String.valueOf(sitting.blueprintId()));
            });
            if (!blueprint.course().equals(cohort.courseType().name())) {
                throw new ExamException("exam.error.sitting-course", blueprint.course());
            }
            if (sitting.passMark() < 0 || sitting.passMark() > blueprint.totalScore()) {
                throw new ExamException("exam.error.sitting-pass-mark", String.valueOf(blueprint.totalScore()));
            }
            List<Shortfall> shortfalls = PaperGenerator.check(blueprint, pool, Set.of());
            if (!shortfalls.isEmpty()) {
                throw new InfeasibleBlueprintException(shortfalls);
            }
            long id = tables.insertSitting(name, blueprint.id(), cohort.id().value(), sitting.opensAt(),
                    sitting.closesAt(), sitting.durationMinutes(), sitting.maxAttempts(), sitting.passMark(),
                    Objects.requireNonNull(sitting.rule()).name(), caller.username(), clock.instant());
            Sitting stored = AttemptMarking.sitting(tables.sitting(id).orElseThrow());
            audit.record(AuditEvent.created("exam_sitting", id, stored));
            return stored;
        });
    }

    /** The sittings of the cohorts the caller reaches, the latest first; empty for anyone but staff. */
    public List<Sitting> sittings() {
        Optional<Caller> caller = reader();
        if (caller.isEmpty()) {
            return List.of();
        }
        Set<Long> reach = reachable(caller.get());
        return transaction.execute(status -> tables.sittings().stream()
                .filter(s -> reach == null || reach.contains(s.cohortId())).map(AttemptMarking::sitting).toList());
    }

    /** Empty for an unknown sitting and one outside the caller's reach (the refusal recorded). */
    public Optional<Sitting> sitting(long id) {
        return managed(id).map(AttemptMarking::sitting);
    }

    /** Every trainee of the sitting's cohort with their best marked attempt; overdue attempts are marked first. */
    public Optional<SittingResults> results(long sittingId) {
        Optional<SittingRow> found = managed(sittingId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        SittingRow sitting = found.get();
        List<TraineeId> roster = cohorts.roster(new CohortId(sitting.cohortId()));
        Map<Long, String> names = roster.stream().map(trainees::find).flatMap(Optional::stream)
                .collect(Collectors.toMap(t -> t.id().value(), TraineeView::name, (a, b) -> a));
        List<AttemptRow> attempts = settledAttempts(sitting);
        Map<Long, List<AttemptRow>> byTrainee = attempts.stream().collect(Collectors.groupingBy(AttemptRow::traineeId));
        List<CandidateResult> rows = new ArrayList<>();
        int sat = 0;
        int passed = 0;
        double total = 0;
        for (TraineeId trainee : roster) {
            List<AttemptRow> own = byTrainee.getOrDefault(trainee.value(), List.of());
            Optional<AttemptRow> best = own.stream().filter(a -> !a.open()).max((a, b) -> Double.compare(
                    Objects.requireNonNullElse(a.score(), 0.0), Objects.requireNonNullElse(b.score(), 0.0)));
            boolean pass = own.stream().anyMatch(a -> Boolean.TRUE.equals(a.passed()));
            if (best.isPresent()) {
                sat++;
                total += Objects.requireNonNullElse(best.get().score(), 0.0);
                passed += pass ? 1 : 0;
            }
            rows.add(new CandidateResult(trainee.value(), names.getOrDefault(trainee.value(), "#" + trainee.value()),
                    own.isEmpty() ? null : own.getFirst().candidate(), own.size(),
                    best.map(AttemptRow::score).orElse(null), pass,
                    own.stream().mapToInt(AttemptRow::focusLosses).sum()));
        }
        return Optional.of(new SittingResults(AttemptMarking.sitting(sitting), rows, sat, passed,
                sat == 0 ? 0 : total / sat));
    }

    /** Difficulty and discrimination of each question version over the sitting's marked attempts. */
    public List<ItemStatistics> itemAnalysis(long sittingId) {
        Optional<SittingRow> found = managed(sittingId);
        if (found.isEmpty()) {
            return List.of();
        }
        SittingRow sitting = found.get();
        List<AttemptRow> attempts = settledAttempts(sitting);
        return transaction.execute(status -> ItemAnalysis.of(attempts.stream().filter(a -> !a.open())
                .map(a -> new ItemAnalysis.Marked(a.id(), Objects.requireNonNullElse(a.score(), 0.0),
                        marking.evaluate(a, AttemptMarking.rule(sitting)).outcomes()))
                .toList()));
    }

    private List<AttemptRow> settledAttempts(SittingRow sitting) {
        Instant now = clock.instant();
        return transaction.execute(status -> tables.attemptsOf(sitting.id()).stream()
                .map(a -> marking.settled(a, sitting, now)).toList());
    }

    private Optional<SittingRow> managed(long id) {
        Optional<Caller> caller = reader();
        if (caller.isEmpty()) {
            return Optional.empty();
        }
        Set<Long> reach = reachable(caller.get());
        Optional<SittingRow> row = transaction.execute(status -> tables.sitting(id))
                .filter(s -> reach == null || reach.contains(s.cohortId()));
        if (row.isEmpty()) {
            policy.refused(caller.get(), "exam_sitting", id);
        }
        return row;
    }

    /** The cohorts a lecturer leads; {@code null} (everything) for the institution admin and the platform. */
    private @Nullable Set<Long> reachable(Caller caller) {
        if (caller.is(Role.LECTURER)) {
            return cohorts.all().stream().map(c -> c.id().value()).collect(Collectors.toSet());
        }
        return null;
    }

    private Optional<Caller> reader() {
        Caller caller = policy.caller();
        Optional<TenantCode> tenant = TenantContext.current();
        if (tenant.isPresent() && (caller.isSystem() || (caller.is(Role.INSTITUTION_ADMIN) || caller.is(Role.LECTURER))
                && tenant.get().value().equals(caller.tenant()))) {
            return Optional.of(caller);
        }
        policy.refused(caller, "exam_sitting", "*");
        return Optional.empty();
    }

    private Caller staff(String operation) {
        Caller caller = policy.caller();
        Optional<TenantCode> tenant = TenantContext.current();
        if (tenant.isPresent() && (caller.isSystem() || (caller.is(Role.INSTITUTION_ADMIN) || caller.is(Role.LECTURER))
                && tenant.get().value().equals(caller.tenant()))) {
            return caller;
        }
        throw policy.refusal(caller, operation);
    }
}
