package cn.kaichuang.exam;

import cn.kaichuang.audit.AuditEvent;
import cn.kaichuang.audit.AuditTrail;
import cn.kaichuang.cohort.CohortView;
import cn.kaichuang.cohort.Cohorts;
import cn.kaichuang.cohort.TraineeView;
import cn.kaichuang.cohort.Trainees;
import cn.kaichuang.exam.internal.AttemptRow;
import cn.kaichuang.exam.internal.SittingRow;
import cn.kaichuang.exam.internal.SittingTables;
import cn.kaichuang.identity.AccessPolicy;
import cn.kaichuang.identity.AsPlatform;
import cn.kaichuang.identity.Caller;
import cn.kaichuang.identity.Role;
import cn.kaichuang.tenancy.Tenant;
import cn.kaichuang.tenancy.TenantContext;
import cn.kaichuang.tenancy.TenantDirectory;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A trainee's attempts at their cohorts' sittings (TA-2). The server keeps the time: an attempt's
 * deadline is fixed when it starts (start + duration, at most the window's close) and every answer
 * is stored as it is given, so a reload or another device resumes with the answers and the time
 * left. Opening an attempt hands the browser a session token and takes the attempt over from any
 * browser that had it: a candidate whose phone died continues on a PC at once, and the abandoned
 * page can no longer write. Every refusal changes nothing; reaching another candidate's attempt is
 * answered "not found" and recorded as an access refusal.
 */
@Service
public class Attempts {

    private static final Logger log = LoggerFactory.getLogger(Attempts.class);
    private static final int SWEEP_BATCH = 200;

    private final SittingTables tables;
    private final Papers papers;
    private final AttemptMarking marking;
    private final Cohorts cohorts;
    private final Trainees trainees;
    private final TenantDirectory tenants;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final AsPlatform asPlatform;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final SecureRandom random = new SecureRandom();

    Attempts(SittingTables tables, Papers papers, AttemptMarking marking, Cohorts cohorts, Trainees trainees,
            TenantDirectory tenants, AccessPolicy policy, AuditTrail audit, AsPlatform asPlatform,
            Optional<Clock> clock, PlatformTransactionManager transactions) {
        this.tables = tables;
        this.papers = papers;
        this.marking = marking;
        this.cohorts = cohorts;
        this.trainees = trainees;
        this.tenants = tenants;
        this.policy = policy;
        this.audit = audit;
        this.asPlatform = asPlatform;
        this.clock = clock.orElse(Clock.systemUTC());
        this.transaction = new TransactionTemplate(transactions);
    }

    /** The sittings of the signed-in trainee's cohorts, the latest first (我的考试). */
    public List<MyExam> mine() {
        Caller caller = trainee();
        List<Long> cohortIds = cohorts.all().stream().map(CohortView::id).map(c -> c.value()).toList();
        Instant now = clock.instant();
        return transaction.execute(status -> tables.sittingsOf(cohortIds).stream().map(row -> {
            List<AttemptRow> own = tables.attempts(row.id(), caller.username()).stream()
                    .map(a -> marking.settled(a, row, now)).toList();
            Sitting sitting = AttemptMarking.sitting(row);
            Long open = own.stream().filter(AttemptRow::open).map(AttemptRow::id).findFirst().orElse(null);
            Optional<AttemptRow> best = own.stream().filter(a -> !a.open())
                    .max(Comparator.comparingDouble(a -> a.score() == null ? 0 : a.score()));
            boolean passed = own.stream().anyMatch(a -> Boolean.TRUE.equals(a.passed()));
            MyExam.State state = open != null ? MyExam.State.IN_PROGRESS
                    : now.isBefore(row.opensAt()) ? MyExam.State.UPCOMING
                    : sitting.openAt(now) && !passed && own.size() < row.maxAttempts() ? MyExam.State.AVAILABLE
                    : MyExam.State.FINISHED;
            return new MyExam(sitting, state, own.size(), open, best.map(a -> marking.result(a, row)).orElse(null));
        }).toList());
    }

    /**
     * Starts the trainee's next attempt, drawing their paper (no question of an earlier attempt), or
     * resumes the one that is running.
     *
     * @throws ExamException when the window is not open, no attempt is left, the trainee passed already
     *     or the sitting is not theirs ("not found", recorded); nothing stored
     */
    public AttemptView start(long sittingId) {
        Caller caller = trainee();
        TraineeView trainee = trainees.findByUsername(caller.username())
                .orElseThrow(() -> new ExamException("exam.error.not-trainee", caller.username()));
        QuestionPool pool = asPlatform.call(papers::pool);
        Instant now = clock.instant();
        return transaction.execute(status -> {
            SittingRow sitting = tables.sitting(sittingId)
                    .filter(s -> tables.enrolled(s.cohortId(), trainee.id().value()))
                    .orElseThrow(() -> {
                        policy.refused(caller, "exam_sitting", sittingId);
                        return new ExamException("exam.error.sitting-not-found", String.valueOf(sittingId));
                    });
            List<AttemptRow> own = tables.attempts(sittingId, caller.username()).stream()
                    .map(a -> marking.settled(a, sitting, now)).toList();
            Optional<AttemptRow> running = own.stream().filter(AttemptRow::open).findFirst();
            if (running.isPresent()) {
                return takeOver(running.get(), sitting, now);
            }
            if (!AttemptMarking.sitting(sitting).openAt(now)) {
                throw new ExamException("exam.error.not-open", sitting.name());
            }
            if (own.stream().anyMatch(a -> Boolean.TRUE.equals(a.passed()))) {
                throw new ExamException("exam.error.already-passed", sitting.name());
            }
            if (own.size() >= sitting.maxAttempts()) {
                throw new ExamException("exam.error.no-attempts-left", String.valueOf(sitting.maxAttempts()));
            }
            Paper paper = papers.draw(caller, sitting.blueprintId(), caller.username(), pool);
            marking.remember(paper);
            Instant closes = sitting.closesAt();
            Instant byDuration = now.plus(Duration.ofMinutes(sitting.durationMinutes()));
            Instant deadline = byDuration.isBefore(closes) ? byDuration : closes;
            String token = token();
            int number = own.size() + 1;
            long id = tables.insertAttempt(sittingId, caller.username(), trainee.id().value(), number, paper.id(),
                    now, deadline, token);
            audit.record(AuditEvent.created("exam_attempt", id, sitting.name() + " " + caller.username() + " #"
                    + number + " paper " + paper.id() + " deadline " + deadline));
            return view(tables.attempt(id).orElseThrow(), sitting, now);
        });
    }

    /**
     * The trainee's attempt as the exam page shows it after a (re)load: a running attempt is taken over
     * by this browser (new session token); a marked one comes with its result.
     */
    public AttemptView open(long attemptId) {
        Caller caller = trainee();
        Instant now = clock.instant();
        return transaction.execute(status -> {
            AttemptRow attempt = own(caller, tables.attemptForUpdate(attemptId), attemptId);
            SittingRow sitting = tables.sitting(attempt.sittingId()).orElseThrow();
            AttemptRow settled = marking.settled(attempt, sitting, now);
            return settled.open() ? takeOver(settled, sitting, now) : view(settled, sitting, now);
        });
    }

    /**
     * Stores one answer (shown option positions of the question at {@code position}), replacing an
     * earlier one; an empty choice clears it.
     *
     * @throws ExamException not on the paper, an option the question lacks, after the deadline (the
     *     attempt is then marked), after submission, from a browser that was taken over; nothing stored
     */
    public Saved answer(long attemptId, String sessionToken, int position, List<Integer> chosen) {
        Caller caller = trainee();
        Instant now = clock.instant();
        Saved saved = transaction.execute(status -> {
            AttemptRow attempt = own(caller, tables.attemptForUpdate(attemptId), attemptId);
            if (!attempt.open()) {
                throw new ExamException("exam.error.submitted", String.valueOf(attemptId));
            }
            if (!now.isBefore(attempt.deadline())) {
                marking.mark(attempt, tables.sitting(attempt.sittingId()).orElseThrow(), attempt.deadline(), true);
                return null;
            }
            if (!attempt.sessionToken().equals(sessionToken)) {
                throw new ExamException("exam.error.taken-over", String.valueOf(attemptId));
            }
            Paper paper = marking.paper(attempt.paperId());
            if (position < 0 || position >= paper.questions().size()) {
                throw new ExamException("exam.error.not-on-paper", String.valueOf(position + 1));
            }
            PaperQuestion question = paper.questions().get(position);
            Set<Integer> distinct = new HashSet<>(chosen);
            boolean single = question.question().type() != cn.kaichuang.question.QuestionType.MULTIPLE_CHOICE;
            if (distinct.size() != chosen.size() || single && chosen.size() > 1
                    || chosen.stream().anyMatch(c -> c < 0 || c >= question.optionOrder().size())) {
                throw new ExamException("exam.error.bad-option", String.valueOf(position + 1));
            }
            tables.saveAnswer(attemptId, position, SittingTables.format(chosen.stream().sorted().toList()), now);
            return new Saved(position, now, Duration.between(now, attempt.deadline()));
        });
        if (saved == null) {
            throw new ExamException("exam.error.deadline", String.valueOf(attemptId));
        }
        return saved;
    }

    /** Counts that the exam page lost focus (another app, another tab); ignored once the attempt is over. */
    public int focusLost(long attemptId, String sessionToken) {
        Caller caller = trainee();
        Instant now = clock.instant();
        return transaction.execute(status -> {
            AttemptRow attempt = own(caller, tables.attempt(attemptId), attemptId);
            if (attempt.open() && now.isBefore(attempt.deadline()) && attempt.sessionToken().equals(sessionToken)) {
                tables.focusLost(attemptId);
                return attempt.focusLosses() + 1;
            }
            return attempt.focusLosses();
        });
    }

    /**
     * Submits and marks the attempt. Submitting once the deadline passed returns the result marked at
     * the deadline, as the page's own countdown does.
     *
     * @throws ExamException when submitted already or from a browser that was taken over
     */
    public AttemptResult submit(long attemptId, String sessionToken) {
        Caller caller = trainee();
        Instant now = clock.instant();
        return transaction.execute(status -> {
            AttemptRow attempt = own(caller, tables.attemptForUpdate(attemptId), attemptId);
            if (!attempt.open()) {
                throw new ExamException("exam.error.submitted", String.valueOf(attemptId));
            }
            SittingRow sitting = tables.sitting(attempt.sittingId()).orElseThrow();
            if (!now.isBefore(attempt.deadline())) {
                return marking.mark(attempt, sitting, attempt.deadline(), true);
            }
            if (!attempt.sessionToken().equals(sessionToken)) {
                throw new ExamException("exam.error.taken-over", String.valueOf(attemptId));
            }
            return marking.mark(attempt, sitting, now, false);
        });
    }

    /** The trainee's marked attempt; empty while it runs. An attempt past its deadline is marked now. */
    public Optional<AttemptResult> result(long attemptId) {
        Caller caller = trainee();
        Instant now = clock.instant();
        return transaction.execute(status -> {
            AttemptRow attempt = own(caller, tables.attempt(attemptId), attemptId);
            SittingRow sitting = tables.sitting(attempt.sittingId()).orElseThrow();
            AttemptRow settled = marking.settled(attempt, sitting, now);
            return settled.open() ? Optional.<AttemptResult>empty() : Optional.of(marking.result(settled, sitting));
        });
    }

    /**
     * Marks every attempt of every active institution whose deadline has passed (the sweep job), one
     * institution after the other; one institution's failure does not stop the others.
     */
    public SweepRun sweep() {
        Caller caller = policy.caller();
        if (!caller.isSystem()) {
            throw policy.refusal(caller, "exam.sweep");
        }
        int submitted = 0;
        List<String> failed = new ArrayList<>();
        for (Tenant tenant : tenants.active()) {
            try {
                submitted += TenantContext.call(tenant.code(), this::sweepCurrent);
            } catch (RuntimeException e) {
                log.error("Exam sweep of institution {} failed", tenant.code(), e);
                failed.add(tenant.code().value());
            }
        }
        return new SweepRun(submitted, failed);
    }

    private int sweepCurrent() {
        int submitted = 0;
        while (true) {
            Instant now = clock.instant();
            Integer batch = transaction.execute(status -> {
                int marked = 0;
                for (long id : tables.overdue(now, SWEEP_BATCH)) {
                    AttemptRow attempt = tables.attemptForUpdate(id).orElseThrow();
                    if (attempt.open()) {
                        marking.mark(attempt, tables.sitting(attempt.sittingId()).orElseThrow(), attempt.deadline(),
                                true);
                        marked++;
                    }
                }
                return marked;
            });
            submitted += batch;
            if (batch < SWEEP_BATCH) {
                return submitted;
            }
        }
    }

    private AttemptView takeOver(AttemptRow attempt, SittingRow sitting, Instant now) {
        String token = token();
        tables.takeOver(attempt.id(), token);
        audit.record(new AuditEvent("exam_attempt.opened", "exam_attempt", String.valueOf(attempt.id()), null,
                "session taken over"));
        return view(tables.attempt(attempt.id()).orElseThrow(), sitting, now);
    }

    private AttemptView view(AttemptRow attempt, SittingRow sitting, Instant now) {
        Paper paper = marking.paper(attempt.paperId());
        List<ExamItem> items = new ArrayList<>();
        for (int i = 0; i < paper.questions().size(); i++) {
            PaperQuestion q = paper.questions().get(i);
            items.add(new ExamItem(i, q.question().type(), q.question().stem(), q.options(), q.score()));
        }
        Map<Integer, List<Integer>> answers = tables.answers(attempt.id());
        Duration remaining = attempt.open() && now.isBefore(attempt.deadline())
                ? Duration.between(now, attempt.deadline()) : Duration.ZERO;
        return new AttemptView(attempt.id(), sitting.id(), sitting.name(), attempt.attempt(), attempt.sessionToken(),
                attempt.deadline(), remaining, items, answers, attempt.focusLosses(),
                attempt.open() ? null : marking.result(attempt, sitting));
    }

    /** The attempt when it is the caller's; another candidate's and an unknown one look alike (refusal recorded). */
    private AttemptRow own(Caller caller, Optional<AttemptRow> attempt, long attemptId) {
        return attempt.filter(a -> a.candidate().equals(caller.username())).orElseThrow(() -> {
            policy.refused(caller, "exam_attempt", attemptId);
            return new ExamException("exam.error.attempt-not-found", String.valueOf(attemptId));
        });
    }

    private Caller trainee() {
        Caller caller = policy.caller();
        if (!caller.is(Role.TRAINEE) || TenantContext.current().map(t -> !t.value().equals(caller.tenant()))
                .orElse(true)) {
            throw policy.refusal(caller, "exam.attempt");
        }
        return caller;
    }

    private String token() {
        byte[] bytes = new byte[18];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
