package cn.kaichuang.teaching;

import cn.kaichuang.cohort.CohortView;
import cn.kaichuang.cohort.Cohorts;
import cn.kaichuang.cohort.Ids.CohortId;
import cn.kaichuang.cohort.Ids.TraineeId;
import cn.kaichuang.cohort.TraineeView;
import cn.kaichuang.cohort.Trainees;
import cn.kaichuang.identity.AccessPolicy;
import cn.kaichuang.identity.Caller;
import cn.kaichuang.identity.Role;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Who may do what in teaching, on top of the cohort's reach ({@link Cohorts#find}, which records
 * refusals): the cohort's lecturer and the institution's admin run a cohort's teaching, an enrolled
 * trainee studies. Another lecturer's cohort, or a cohort the trainee is not in, is "not found".
 */
@Component
class TeachingAccess {

    private final Cohorts cohorts;
    private final Trainees trainees;
    private final AccessPolicy policy;

    TeachingAccess(Cohorts cohorts, Trainees trainees, AccessPolicy policy) {
        this.cohorts = cohorts;
        this.trainees = trainees;
        this.policy = policy;
    }

    Caller caller() {
        return policy.caller();
    }

    static boolean staff(Caller caller) {
        return caller.isSystem() || caller.is(Role.LECTURER) || caller.is(Role.INSTITUTION_ADMIN);
    }

    /** A cohort whose teaching the caller runs; anyone else is refused, and the refusal recorded. */
    Staffed staff(CohortId cohortId, String operation) {
        Caller caller = policy.caller();
        if (!staff(caller)) {
            throw policy.refusal(caller, operation);
        }
        CohortView cohort = cohorts.find(cohortId)
                .orElseThrow(() -> new TeachingException("teaching.error.cohort-not-found"));
        return new Staffed(caller, cohort);
    }

    /** Like {@link #staff} but empty instead of refused, for lists. */
    Optional<CohortView> staffView(CohortId cohortId) {
        Caller caller = policy.caller();
        if (!staff(caller)) {
            policy.refused(caller, "teaching", cohortId.value());
            return Optional.empty();
        }
        return cohorts.find(cohortId);
    }

    /** The calling trainee's record, when the caller is a trainee with one. */
    Optional<TraineeView> self() {
        Caller caller = policy.caller();
        if (!caller.is(Role.TRAINEE)) {
            return Optional.empty();
        }
        return trainees.findByUsername(caller.username());
    }

    /** The calling trainee in a cohort they are enrolled in; otherwise "not found" (recorded). */
    Enrolled enrolled(CohortId cohortId) {
        Caller caller = policy.caller();
        TraineeView trainee = self().orElseThrow(() -> {
            policy.refused(caller, "teaching-trainee", cohortId.value());
            return new TeachingException("teaching.error.not-enrolled");
        });
        CohortView cohort = cohorts.find(cohortId)
                .orElseThrow(() -> new TeachingException("teaching.error.not-enrolled"));
        return new Enrolled(caller, cohort, trainee.id());
    }

    record Staffed(Caller caller, CohortView cohort) {
    }

    record Enrolled(Caller caller, CohortView cohort, TraineeId trainee) {
    }
}
