package cn.kaichuang.cohort;

import cn.kaichuang.audit.AuditEvent;
import cn.kaichuang.audit.AuditTrail;
import cn.kaichuang.cohort.Ids.CohortId;
import cn.kaichuang.cohort.internal.ApplicationQueueTable;
import cn.kaichuang.cohort.internal.Cohort;
import cn.kaichuang.cohort.internal.CohortApplicationRepository;
import cn.kaichuang.cohort.internal.CohortRepository;
import cn.kaichuang.cohort.internal.CohortSessionRepository;
import cn.kaichuang.cohort.internal.CohortTransitionRecord;
import cn.kaichuang.cohort.internal.CohortTransitionRepository;
import cn.kaichuang.cohort.internal.EnrolmentRepository;
import cn.kaichuang.identity.AccessPolicy;
import cn.kaichuang.identity.AccessRefusedException;
import cn.kaichuang.identity.Caller;
import cn.kaichuang.tenancy.Tenant;
import cn.kaichuang.tenancy.TenantContext;
import cn.kaichuang.tenancy.TenantDirectory;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lifecycle of a cohort: draft → submitted (开班申请) → approved or returned with a reason →
 * running → completed (结业) → archived. The institution's admin moves it, except for the
 * decision, which {@link Approvals} takes on behalf of the prefecture (or the province). Every
 * step is a row of the cohort's history and an audit entry.
 */
@Service
@Transactional(readOnly = true)
public class CohortWorkflow {

    private final CohortRepository cohorts;
    private final CohortApplicationRepository applications;
    private final CohortSessionRepository sessions;
    private final EnrolmentRepository enrolments;
    private final CohortTransitionRepository transitions;
    private final ApplicationQueueTable queue;
    private final TenantDirectory tenants;
    private final AccessPolicy policy;
    private final CohortScope scope;
    private final AuditTrail audit;
    private final Clock clock;

    CohortWorkflow(CohortRepository cohorts, CohortApplicationRepository applications,
            CohortSessionRepository sessions, EnrolmentRepository enrolments, CohortTransitionRepository transitions,
            ApplicationQueueTable queue, TenantDirectory tenants, AccessPolicy policy, CohortScope scope,
            AuditTrail audit, Optional<Clock> clock) {
        this.cohorts = cohorts;
        this.applications = applications;
        this.sessions = sessions;
        this.enrolments = enrolments;
        this.transitions = transitions;
        this.queue = queue;
        this.tenants = tenants;
        this.policy = policy;
        this.scope = scope;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    /** The translation key of a status, for messages and the UI. */
    public static String statusKey(CohortStatus status) {
        return "cohort.status." + status.name();
    }

    /** What the application still lacks, as translation keys ({@code cohort.missing.*}); empty when complete. */
    public List<String> missingForSubmission(CohortId id) {
        return scope.reach("cohort").filter(reach -> reach.cohort(id.value()))
                .flatMap(reach -> cohorts.findById(id.value())).map(this::missing).orElse(List.of());
    }

    /**
     * Submits the application. The queue row is written first, on its own connection, and the
     * cohort's status commits after it: should that commit fail, the queue holds an entry whose
     * cohort is still a draft, which {@link Approvals} then closes as withdrawn instead of deciding.
     * The other order could leave a submitted cohort in nobody's queue, with no way to resubmit.
     */
    @Transactional
    public void submit(CohortId id) {
        Caller caller = policy.writerOfCurrentTenant("cohort.submit");
        Cohort cohort = locked(id);
        require(cohort, "cohort.action.submit", CohortStatus.DRAFT, CohortStatus.RETURNED);
        List<String> missing = missing(cohort);
        if (!missing.isEmpty()) {
            throw new LifecycleException("cohort.error.incomplete", String.join(",", missing));
        }
        Instant now = clock.instant();
        queue.inPlatform(() -> {
            Tenant tenant = tenants.require(TenantContext.require());
            queue.submitted(tenant.code(), tenant.regionCode(), cohort.id(), cohort.name(), cohort.courseType(), now,
                    caller.username());
            return null;
        });
        move(cohort, CohortStatus.SUBMITTED, caller, null, now);
    }

    @Transactional
    public void start(CohortId id) {
        advance(id, "cohort.action.start", CohortStatus.APPROVED, CohortStatus.RUNNING);
    }

    @Transactional
    public void complete(CohortId id) {
        advance(id, "cohort.action.complete", CohortStatus.RUNNING, CohortStatus.COMPLETED);
    }

    @Transactional
    public void archive(CohortId id) {
        advance(id, "cohort.action.archive", CohortStatus.COMPLETED, CohortStatus.ARCHIVED);
    }

    /** The cohort's steps, the first first; empty for a cohort out of reach. */
    public List<TransitionView> history(CohortId id) {
        return scope.reach("cohort").map(reach -> {
            if (!reach.cohort(id.value())) {
                scope.refused(reach, "cohort-history", id.value());
                return List.<TransitionView>of();
            }
            return transitions.findByCohortIdOrderByIdAsc(id.value()).stream()
                    .map(t -> new TransitionView(t.from(), t.to(), t.actor(), t.reason(), t.at())).toList();
        }).orElse(List.of());
    }

    /**
     * Applies the prefecture's decision inside the institution's schema. {@link Approvals} has
     * checked the approver's authority; here the cohort must still be waiting. Tells whether the
     * decision was applied and the status the cohort has afterwards, so the caller can bring the
     * queue in step with it either way.
     */
    @Transactional
    Decision decide(CohortId id, Caller approver, boolean approve, @Nullable String reason) {
        if (policy.readerOfCurrentTenant("cohort.decide").isEmpty()) {
            throw new AccessRefusedException("cohort.decide");
        }
        Cohort cohort = cohorts.lockById(id.value()).orElse(null);
        if (cohort == null) {
            return new Decision(false, CohortStatus.DRAFT);
        }
        if (cohort.status() != CohortStatus.SUBMITTED) {
            return new Decision(false, cohort.status());
        }
        move(cohort, approve ? CohortStatus.APPROVED : CohortStatus.RETURNED, approver, reason, clock.instant());
        return new Decision(true, cohort.status());
    }

    record Decision(boolean applied, CohortStatus status) {
    }

    private void advance(CohortId id, String action, CohortStatus from, CohortStatus to) {
        Caller caller = policy.writerOfCurrentTenant(action);
        Cohort cohort = locked(id);
        require(cohort, action, from);
        move(cohort, to, caller, null, clock.instant());
    }

    private Cohort locked(CohortId id) {
        return cohorts.lockById(id.value()).orElseThrow(() -> new LifecycleException("cohort.error.not-found"));
    }

    private static void require(Cohort cohort, String action, CohortStatus... allowed) {
        if (!Set.of(allowed).contains(cohort.status())) {
            throw new LifecycleException("cohort.error.illegal-transition", statusKey(cohort.status()), action);
        }
    }

    private List<String> missing(Cohort cohort) {
        List<String> missing = new ArrayList<>();
        if (enrolments.countByCohortId(cohort.id()) == 0) {
            missing.add("cohort.missing.roster");
        }
        if (applications.findById(cohort.id()).map(a -> a.teachingPlan().isBlank()).orElse(true)) {
            missing.add("cohort.missing.plan");
        }
        if (sessions.countByCohortId(cohort.id()) == 0) {
            missing.add("cohort.missing.sessions");
        }
        if (cohort.leadLecturerId() == null) {
            missing.add("cohort.missing.lecturer");
        }
        return List.copyOf(missing);
    }

    private void move(Cohort cohort, CohortStatus to, Caller caller, @Nullable String reason, Instant at) {
        CohortStatus from = cohort.status();
        cohort.moveTo(to);
        transitions.save(new CohortTransitionRecord(cohort.id(), from, to, caller.username(), reason, at));
        audit.record(AuditEvent.changed("cohort." + to.name().toLowerCase(Locale.ROOT), "cohort", cohort.id(), from,
                reason == null ? to : to + " " + reason));
    }
}
