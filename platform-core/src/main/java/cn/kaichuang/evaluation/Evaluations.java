package cn.kaichuang.evaluation;

import cn.kaichuang.audit.AuditEvent;
import cn.kaichuang.audit.AuditTrail;
import cn.kaichuang.cohort.Ids.CohortId;
import cn.kaichuang.cohort.Ids.LecturerId;
import cn.kaichuang.cohort.LecturerView;
import cn.kaichuang.cohort.Lecturers;
import cn.kaichuang.cohort.TraineeView;
import cn.kaichuang.cohort.Trainees;
import cn.kaichuang.evaluation.internal.EvaluationTable;
import cn.kaichuang.identity.AccessPolicy;
import cn.kaichuang.identity.Caller;
import cn.kaichuang.identity.Role;
import cn.kaichuang.tenancy.TenantContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The trainee's side (what is waiting to be evaluated, submitting once per occasion) and what
 * lecturers and institution admins read of the current institution's evaluations.
 */
@Service
@Transactional(noRollbackFor = EvaluationException.class)
public class Evaluations {

    /** Lecturers see averages only from this many answers on, so no single answer can be read back. */
    public static final int MIN_ANSWERS = 3;

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final EvaluationTable table;
    private final Trainees trainees;
    private final Lecturers lecturers;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final Clock clock;

    Evaluations(EvaluationTable table, Trainees trainees, Lecturers lecturers, AccessPolicy policy, AuditTrail audit,
            Optional<Clock> clock) {
        this.table = table;
        this.trainees = trainees;
        this.lecturers = lecturers;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** What the signed-in trainee may still evaluate (completions first, then sessions, newest first). */
    @Transactional(readOnly = true)
    public List<PendingEvaluation> pending() {
        return me().map(t -> table.pending(t.id().value(), now())).orElse(List.of());
    }

    /**
     * The signed-in trainee's evaluation of a session they attend (once it has started) or of their
     * cohort's completion. A second one, an occasion of another cohort or an unknown one, and a
     * missing or out-of-range score are refused and change nothing.
     */
    public long submit(Occasion occasion, NewEvaluation evaluation) {
        TraineeView trainee = me().orElseThrow(() -> new EvaluationException("evaluation.error.not-trainee"));
        for (Dimension d : Dimension.values()) {
            Integer score = evaluation.scores().get(d);
            if (score == null || score < 1 || score > 5) {
                throw new EvaluationException("evaluation.error.score");
            }
        }
        String comment = evaluation.comment() == null ? "" : evaluation.comment().strip();
        if (comment.length() > 500) {
            throw new EvaluationException("evaluation.error.comment");
        }
        long traineeId = trainee.id().value();
        EvaluationTable.Target target = table.target(occasion, traineeId).filter(EvaluationTable.Target::enrolled)
                .orElseThrow(() -> {
                    policy.refused(policy.caller(), "evaluation-occasion", occasion.kind() + " " + occasion.id());
                    return new EvaluationException("evaluation.error.not-found");
                });
        LocalDateTime now = now();
        boolean open = occasion.kind() == Occasion.Kind.SESSION ? !target.at().isAfter(now)
                : table.completed(target.cohortId(), now.toLocalDate());
        if (!open) {
            throw new EvaluationException("evaluation.error.not-yet");
        }
        if (table.exists(occasion, traineeId)
                || !table.insert(traineeId, occasion, target, evaluation, comment, clock.instant())) {
            throw new EvaluationException("evaluation.error.twice");
        }
        // The scores stay out of the trail (only the digest of who evaluated what is kept).
        audit.record(AuditEvent.created("evaluation", occasion.kind() + " " + occasion.id(), "trainee " + traineeId));
        return traineeId;
    }

    /**
     * The signed-in lecturer's own averages (over every evaluation of them), hidden below
     * {@link #MIN_ANSWERS}; reading them marks the new ones as read.
     */
    public LecturerSummary mySummary() {
        Caller caller = policy.caller();
        if (!caller.is(Role.LECTURER)) {
            return new LecturerSummary(0, null, 0);
        }
        List<Long> own = lecturers.mine().stream().map(LecturerView::id).map(LecturerId::value).toList();
        Averages averages = table.averages(own, null);
        int unread = table.countSince(own, table.readAt(caller.username()).orElse(null));
        table.markRead(caller.username(), clock.instant());
        return new LecturerSummary(averages.answers(), averages.answers() >= MIN_ANSWERS ? averages : null, unread);
    }

    /** How many evaluations of the signed-in lecturer arrived since they last read their summary. */
    @Transactional(readOnly = true)
    public int unreadOfMine() {
        Caller caller = policy.caller();
        if (!caller.is(Role.LECTURER)) {
            return 0;
        }
        List<Long> own = lecturers.mine().stream().map(LecturerView::id).map(LecturerId::value).toList();
        Instant since = table.readAt(caller.username()).orElse(null);
        return table.countSince(own, since);
    }

    /** Every lecturer's averages, for the institution's admin; empty (refusal recorded) for anyone else. */
    @Transactional(readOnly = true)
    public List<LecturerRating> perLecturer() {
        if (!mayReadAll()) {
            return List.of();
        }
        return ratings(null);
    }

    /** The institution's own averages (all evaluations), for its admin, its supervisors and the platform. */
    @Transactional(readOnly = true)
    public Averages ofInstitution() {
        Caller caller = policy.caller();
        boolean supervisor = caller.is(Role.PROVINCE_ADMIN) || caller.is(Role.PREFECTURE_ADMIN);
        if (supervisor ? policy.readerOfCurrentTenant("evaluation").isEmpty() : !mayReadAll()) {
            return new Averages(0, java.util.Map.of());
        }
        return table.averages(null, null);
    }

    /**
     * Per lecturer of one cohort, for learning statistics (institution admin, province, platform);
     * lecturers below {@link #MIN_ANSWERS} answers in the cohort are left out so no trainee is
     * singled out.
     */
    @Transactional(readOnly = true)
    public List<LecturerRating> lecturerAveragesOfCohort(CohortId cohort) {
        Caller caller = policy.caller();
        boolean staff = caller.isSystem() || caller.is(Role.PROVINCE_ADMIN) || caller.is(Role.PREFECTURE_ADMIN)
                || caller.is(Role.INSTITUTION_ADMIN);
        if (!staff || policy.readerOfCurrentTenant("evaluation").isEmpty()) {
            if (!staff) {
                policy.refused(caller, "evaluation", "cohort " + cohort.value());
            }
            return List.of();
        }
        return ratings(cohort.value()).stream().filter(r -> r.averages().answers() >= MIN_ANSWERS).toList();
    }

    private List<LecturerRating> ratings(Long cohort) {
        return table.perLecturer(cohort).entrySet().stream()
                .map(e -> new LecturerRating(new LecturerId(e.getKey().getKey()), e.getKey().getValue(), e.getValue()))
                .toList();
    }

    private boolean mayReadAll() {
        Caller caller = policy.caller();
        if (caller.isSystem() || caller.is(Role.INSTITUTION_ADMIN)
                && TenantContext.require().value().equals(caller.tenant())) {
            return true;
        }
        policy.refused(caller, "evaluation", "*");
        return false;
    }

    private Optional<TraineeView> me() {
        Caller caller = policy.caller();
        return caller.is(Role.TRAINEE) ? trainees.findByUsername(caller.username()) : Optional.empty();
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), CHINA);
    }
}
