package cn.kaichuang.cohort;

import cn.kaichuang.audit.AuditEvent;
import cn.kaichuang.audit.AuditTrail;
import cn.kaichuang.cohort.Ids.CohortId;
import cn.kaichuang.cohort.PendingApplication.State;
import cn.kaichuang.cohort.internal.ApplicationQueueTable;
import cn.kaichuang.identity.AccessPolicy;
import cn.kaichuang.identity.Caller;
import cn.kaichuang.identity.Regions;
import cn.kaichuang.identity.Role;
import cn.kaichuang.tenancy.TenantCode;
import cn.kaichuang.tenancy.TenantContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The approval of cohort applications across institutions. The prefecture admin of the
 * institution's region decides; the province decides only for a region without a prefecture
 * admin, which is known from the enabled {@code PREFECTURE_ADMIN} accounts in
 * {@code platform.account} (those of the local login; an oidc deployment provisions the same
 * accounts through the CLI). Reads and decisions run outside any institution's context and step
 * into the institution's schema with {@link TenantContext#call} for the cohort itself.
 */
@Service
public class Approvals {

    private static final int MAX_REASON = 500;

    private final ApplicationQueueTable queue;
    private final CohortWorkflow workflow;
    private final Cohorts cohorts;
    private final CohortPlans plans;
    private final Lecturers lecturers;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final Clock clock;

    Approvals(ApplicationQueueTable queue, CohortWorkflow workflow, Cohorts cohorts, CohortPlans plans,
            Lecturers lecturers, AccessPolicy policy, AuditTrail audit, Optional<Clock> clock) {
        this.queue = queue;
        this.workflow = workflow;
        this.cohorts = cohorts;
        this.plans = plans;
        this.lecturers = lecturers;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    /** The applications waiting for the caller's decision, the oldest first; empty for anyone else. */
    public List<PendingApplication> waiting() {
        Caller caller = policy.caller();
        if (!caller.isSystem() && !caller.is(Role.PREFECTURE_ADMIN) && !caller.is(Role.PROVINCE_ADMIN)) {
            policy.refused(caller, "cohort-application", "*");
            return List.of();
        }
        return queue.inPlatform(() -> {
            List<String> prefectures = queue.prefectureAdminRegions();
            return queue.waiting().stream().filter(a -> decides(caller, a.regionCode(), prefectures)).toList();
        });
    }

    /** One application with what the approver reads; empty when unknown or not the caller's to decide. */
    public Optional<ApplicationDetail> find(TenantCode tenant, CohortId cohort) {
        Caller caller = policy.caller();
        Optional<PendingApplication> entry = queue.inPlatform(() -> queue.find(tenant, cohort.value())
                .filter(a -> decides(caller, a.regionCode(), queue.prefectureAdminRegions())));
        if (entry.isEmpty()) {
            policy.refused(caller, "cohort-application", tenant.value() + "/" + cohort.value());
            return Optional.empty();
        }
        return TenantContext.call(tenant, () -> cohorts.find(cohort).map(view -> new ApplicationDetail(entry.get(),
                view, plans.application(cohort).orElse(CohortApplication.EMPTY), plans.sessions(cohort),
                lecturers.all(), workflow.history(cohort))));
    }

    public void approve(TenantCode tenant, CohortId cohort) {
        decide(tenant, cohort, true, null);
    }

    public void returnWithReason(TenantCode tenant, CohortId cohort, String reason) {
        if (reason.isBlank() || reason.strip().length() > MAX_REASON) {
            throw new LifecycleException("cohort.error.reason", String.valueOf(MAX_REASON));
        }
        decide(tenant, cohort, false, reason.strip());
    }

    /**
     * The cohort's schema decides first and commits; the queue follows. Should the queue update
     * fail, the entry keeps waiting while the cohort has moved on, and the next look at it (a
     * second click) closes it to match the cohort instead of deciding twice.
     */
    private void decide(TenantCode tenant, CohortId cohort, boolean approve, @Nullable String reason) {
        Caller caller = policy.caller();
        PendingApplication entry = queue.inPlatform(() -> queue.find(tenant, cohort.value()))
                .orElseThrow(() -> new LifecycleException("cohort.error.application-not-found"));
        boolean authorised = queue.inPlatform(() -> decides(caller, entry.regionCode(), queue.prefectureAdminRegions()));
        if (!authorised) {
            throw policy.refusal(caller, approve ? "cohort.approve" : "cohort.return");
        }
        if (entry.state() != State.SUBMITTED) {
            throw new LifecycleException("cohort.error.already-decided", "cohort.application." + entry.state());
        }
        CohortWorkflow.Decision decision = TenantContext.call(tenant,
                () -> workflow.decide(cohort, caller, approve, reason));
        CohortStatus after = decision.status();
        State state = switch (after) {
            case DRAFT -> State.WITHDRAWN;
            case RETURNED -> State.RETURNED;
            case SUBMITTED -> throw new IllegalStateException("cohort " + cohort.value() + " still waiting");
            default -> State.APPROVED;
        };
        Instant now = clock.instant();
        queue.inPlatform(() -> {
            if (queue.decided(tenant, cohort.value(), state, caller.username(), now,
                    decision.applied() ? reason : null)) {
                audit.recordPlatform(AuditEvent.changed("cohort-application." + state.name().toLowerCase(java.util.Locale.ROOT),
                        "cohort-application", tenant.value() + "/" + cohort.value(), State.SUBMITTED,
                        reason == null ? state : state + " " + reason));
            }
            return null;
        });
        if (!decision.applied()) {
            throw new LifecycleException("cohort.error.already-decided", CohortWorkflow.statusKey(after));
        }
    }

    /** Whether the caller takes the decision for a region (see the class comment). */
    private static boolean decides(Caller caller, String region, List<String> prefectureAdminRegions) {
        if (caller.isSystem()) {
            return true;
        }
        if (caller.is(Role.PREFECTURE_ADMIN)) {
            return Regions.supervises(caller.regionCode(), region);
        }
        return caller.is(Role.PROVINCE_ADMIN)
                && prefectureAdminRegions.stream().noneMatch(prefecture -> Regions.supervises(prefecture, region));
    }
}
