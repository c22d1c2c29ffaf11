package cn.kaichuang.followup;

import cn.kaichuang.audit.AuditEvent;
import cn.kaichuang.audit.AuditTrail;
import cn.kaichuang.cohort.CohortStatus;
import cn.kaichuang.cohort.CohortView;
import cn.kaichuang.cohort.Cohorts;
import cn.kaichuang.cohort.Ids.CohortId;
import cn.kaichuang.cohort.Ids.TraineeId;
import cn.kaichuang.cohort.TraineeView;
import cn.kaichuang.cohort.Trainees;
import cn.kaichuang.followup.internal.ModelTraineeTable;
import cn.kaichuang.identity.AccessPolicy;
import cn.kaichuang.identity.Caller;
import cn.kaichuang.identity.Role;
import cn.kaichuang.tenancy.Tenant;
import cn.kaichuang.tenancy.TenantCode;
import cn.kaichuang.tenancy.TenantContext;
import cn.kaichuang.tenancy.TenantDirectory;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Model trainees (典型学员, SV-3): an institution proposes a trainee of one of its completed cohorts
 * with their story; the province publishes the proposal or returns it with a reason, and a returned
 * one may be revised and proposed again. The published list is for everyone signed in, trainees too.
 * Proposals live in schema {@code platform}, as the province reads them across institutions.
 */
@Service
public class ModelTrainees {

    public static final int MAX_TITLE = 100;
    public static final int MAX_STORY = 4000;
    public static final int MIN_STORY = 20;

    private final ModelTraineeTable table;
    private final Cohorts cohorts;
    private final Trainees trainees;
    private final TenantDirectory tenants;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final Clock clock;

    ModelTrainees(ModelTraineeTable table, Cohorts cohorts, Trainees trainees, TenantDirectory tenants,
            AccessPolicy policy, AuditTrail audit, Optional<Clock> clock) {
        this.table = table;
        this.cohorts = cohorts;
        this.trainees = trainees;
        this.tenants = tenants;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /**
     * Proposes a trainee of a completed cohort of the current institution, or proposes a returned
     * proposal again with the new text. The institution's admin.
     */
    @Transactional
    public long propose(CohortId cohortId, TraineeId traineeId, String title, String story) {
        Caller caller = policy.writerOfCurrentTenant("model-trainee.propose");
        String cleanTitle = title.strip();
        String cleanStory = story.strip();
        if (cleanTitle.isEmpty() || cleanTitle.length() > MAX_TITLE) {
            throw new FollowupException("followup.model.error.title", String.valueOf(MAX_TITLE));
        }
        if (cleanStory.length() < MIN_STORY || cleanStory.length() > MAX_STORY) {
            throw new FollowupException("followup.model.error.story", String.valueOf(MIN_STORY),
                    String.valueOf(MAX_STORY));
        }
        CohortView cohort = cohorts.find(cohortId).orElseThrow(() -> new FollowupException("followup.error.not-found"));
        if (cohort.status() != CohortStatus.COMPLETED && cohort.status() != CohortStatus.ARCHIVED) {
            throw new FollowupException("followup.model.error.not-completed");
        }
        if (!cohorts.roster(cohortId).contains(traineeId)) {
            throw new FollowupException("followup.error.not-found");
        }
        TraineeView trainee = trainees.find(traineeId).orElseThrow(() -> new FollowupException("followup.error.not-found"));
        TenantCode code = TenantContext.require();
        Tenant tenant = table.tenant(tenants, code);
        Instant now = clock.instant();
        Optional<ModelTrainee> existing = table.ofTrainee(code, traineeId.value());
        long id;
        if (existing.isPresent()) {
            if (existing.get().status() != ModelTraineeStatus.RETURNED) {
                throw new FollowupException("followup.model.error.already");
            }
            id = existing.get().id();
            table.revise(id, cohortId.value(), cohort.name(), cohort.courseType(), cleanTitle, cleanStory,
                    caller.username(), now);
        } else {
            id = table.insert(tenant, traineeId.value(), cohortId.value(), trainee.name(), cohort.name(),
                    cohort.courseType(), cleanTitle, cleanStory, caller.username(), now);
        }
        audit.record(AuditEvent.changed("model-trainee.proposed", "model-trainee", id,
                existing.map(m -> m.status().name()).orElse(null), ModelTraineeStatus.PROPOSED));
        return id;
    }

    /** The current institution's proposals, newest first: its admin. */
    public List<ModelTrainee> ofInstitution() {
        Optional<Caller> reader = policy.readerOfCurrentTenant("model-trainees")
                .filter(c -> c.isSystem() || c.is(Role.INSTITUTION_ADMIN));
        return reader.map(c -> table.ofTenant(TenantContext.require())).orElse(List.of());
    }

    /** Proposals waiting for the province (a prefecture sees its region's). */
    public List<ModelTrainee> waiting() {
        return scope("model-trainees.waiting").map(s -> table.withStatus(ModelTraineeStatus.PROPOSED, s))
                .orElse(List.of());
    }

    /** Publishes a waiting proposal: the province. */
    public void publish(long id) {
        decide(id, ModelTraineeStatus.PUBLISHED, null);
    }

    /** Returns a waiting proposal with the reason, for the institution to revise. */
    public void returnWithReason(long id, String reason) {
        String why = reason.strip();
        if (why.isEmpty() || why.length() > 500) {
            throw new FollowupException("followup.model.error.reason", "500");
        }
        decide(id, ModelTraineeStatus.RETURNED, why);
    }

    /** The published model trainees, the latest first: for everyone signed in. */
    public List<ModelTrainee> published() {
        policy.caller();
        return table.withStatus(ModelTraineeStatus.PUBLISHED, "%");
    }

    private void decide(long id, ModelTraineeStatus to, @org.jspecify.annotations.Nullable String reason) {
        Caller caller = policy.caller();
        if (!caller.isSystem() && !caller.is(Role.PROVINCE_ADMIN)) {
            throw policy.refusal(caller, "model-trainee.decide");
        }
        boolean decided = table.decide(id, to, reason, caller.username(), clock.instant(), () -> audit.recordPlatform(
                AuditEvent.changed("model-trainee." + to.name().toLowerCase(java.util.Locale.ROOT), "model-trainee", id,
                        ModelTraineeStatus.PROPOSED, reason == null ? to : to + " " + reason)));
        if (!decided) {
            throw new FollowupException("followup.model.error.not-waiting");
        }
    }

    private Optional<String> scope(String subject) {
        Caller caller = policy.caller();
        if (caller.isSystem() || caller.is(Role.PROVINCE_ADMIN)) {
            return Optional.of("%");
        }
        if (caller.is(Role.PREFECTURE_ADMIN) && caller.regionCode() != null && caller.regionCode().matches("\\d{6}")) {
            return Optional.of(caller.regionCode().replaceFirst("(00)+$", "") + "%");
        }
        policy.refused(caller, subject, "*");
        return Optional.empty();
    }
}
