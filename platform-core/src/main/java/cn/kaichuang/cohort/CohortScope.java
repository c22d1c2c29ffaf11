package cn.kaichuang.cohort;

import cn.kaichuang.cohort.internal.Cohort;
import cn.kaichuang.cohort.internal.CohortRepository;
import cn.kaichuang.cohort.internal.Enrolment;
import cn.kaichuang.cohort.internal.EnrolmentRepository;
import cn.kaichuang.cohort.internal.Lecturer;
import cn.kaichuang.cohort.internal.LecturerRepository;
import cn.kaichuang.cohort.internal.Trainee;
import cn.kaichuang.cohort.internal.TraineeRepository;
import cn.kaichuang.identity.AccessPolicy;
import cn.kaichuang.identity.Caller;
import cn.kaichuang.identity.Role;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * How much of the current institution's cohort data a caller reaches. Staff who run or judge the
 * training (admin, expert, mentor) and the supervising authorities reach all of it; a lecturer
 * the cohorts they lead and the trainees enrolled there (linked by login name, as the demo
 * links them); a trainee their own record and the cohorts they are enrolled in.
 */
@Component
class CohortScope {

    private final AccessPolicy policy;
    private final CohortRepository cohorts;
    private final EnrolmentRepository enrolments;
    private final LecturerRepository lecturers;
    private final TraineeRepository trainees;

    CohortScope(AccessPolicy policy, CohortRepository cohorts, EnrolmentRepository enrolments,
            LecturerRepository lecturers, TraineeRepository trainees) {
        this.policy = policy;
        this.cohorts = cohorts;
        this.enrolments = enrolments;
        this.lecturers = lecturers;
        this.trainees = trainees;
    }

    /** Empty when the caller may not read this institution at all; the refusal is then recorded. */
    Optional<Reach> reach(String subject) {
        return policy.readerOfCurrentTenant(subject).map(this::reachOf);
    }

    /** Records that the caller was kept from one record. */
    void refused(Reach reach, String subjectType, Object id) {
        policy.refused(reach.caller(), subjectType, id);
    }

    private Reach reachOf(Caller caller) {
        if (caller.is(Role.LECTURER)) {
            Set<Long> own = lecturers.findByUsername(caller.username()).stream().map(Lecturer::id)
                    .collect(Collectors.toSet());
            Set<Long> led = own.isEmpty() ? Set.of() : cohorts.findByLeadLecturerIdIn(own).stream()
                    .map(Cohort::id).collect(Collectors.toSet());
            Set<Long> taught = led.isEmpty() ? Set.of() : enrolments.findByCohortIdIn(led).stream()
                    .map(Enrolment::traineeId).collect(Collectors.toSet());
            return new Reach(caller, false, led, taught);
        }
        if (caller.is(Role.TRAINEE)) {
            Set<Long> self = trainees.findByUsername(caller.username()).stream().map(Trainee::id)
                    .collect(Collectors.toSet());
            Set<Long> enrolled = self.isEmpty() ? Set.of() : enrolments.findByTraineeIdIn(self).stream()
                    .map(Enrolment::cohortId).collect(Collectors.toSet());
            return new Reach(caller, false, enrolled, self);
        }
        return new Reach(caller, true, Set.of(), Set.of());
    }

    record Reach(Caller caller, boolean everything, Set<Long> cohortIds, Set<Long> traineeIds) {

        boolean cohort(long id) {
            return everything || cohortIds.contains(id);
        }

        boolean trainee(long id) {
            return everything || traineeIds.contains(id);
        }

        /** Who is enrolled where: staff, not fellow trainees. */
        boolean rosterOf(long cohortId) {
            return cohort(cohortId) && !caller.is(Role.TRAINEE);
        }
    }
}
