package cn.kaichuang.cohort;

import cn.kaichuang.audit.AuditEvent;
import cn.kaichuang.audit.AuditTrail;
import cn.kaichuang.cohort.Ids.CohortId;
import cn.kaichuang.cohort.Ids.LecturerId;
import cn.kaichuang.cohort.Ids.TraineeId;
import cn.kaichuang.cohort.internal.Cohort;
import cn.kaichuang.cohort.internal.CohortRepository;
import cn.kaichuang.cohort.internal.Enrolment;
import cn.kaichuang.cohort.internal.EnrolmentRepository;
import cn.kaichuang.cohort.internal.Lecturer;
import cn.kaichuang.cohort.internal.LecturerRepository;
import cn.kaichuang.cohort.internal.TraineeRepository;
import cn.kaichuang.identity.AccessPolicy;
import cn.kaichuang.identity.AccessRefusedException;
import cn.kaichuang.identity.Caller;
import cn.kaichuang.identity.Role;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Cohorts (班期) of the current institution and their enrolments. */
@Service
@Transactional(readOnly = true)
public class Cohorts {

    private final CohortRepository cohorts;
    private final EnrolmentRepository enrolments;
    private final TraineeRepository trainees;
    private final LecturerRepository lecturers;
    private final AuditTrail audit;
    private final AccessPolicy policy;
    private final CohortScope scope;
    private final CohortProperties properties;
    private final Clock clock;

    Cohorts(CohortRepository cohorts, EnrolmentRepository enrolments, TraineeRepository trainees,
            LecturerRepository lecturers, AuditTrail audit, AccessPolicy policy, CohortScope scope,
            CohortProperties properties, Optional<Clock> clock) {
        this.properties = properties;
        this.audit = audit;
        this.policy = policy;
        this.scope = scope;
        this.cohorts = cohorts;
        this.enrolments = enrolments;
        this.trainees = trainees;
        this.lecturers = lecturers;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    @Transactional
    public CohortId create(NewCohort cohort) {
        policy.writerOfCurrentTenant("cohort.create");
        LecturerId lead = cohort.leadLecturer();
        if (lead != null) {
            Lecturer lecturer = lecturers.findById(lead.value())
                    .orElseThrow(() -> new NoSuchElementException("Unknown lecturer " + lead.value()));
            if (!lecturer.courseTypes().contains(cohort.courseType())) {
                throw new LecturerNotQualifiedException(cohort.courseType());
            }
        }
        int limit = properties.classSizeLimit(cohort.courseType());
        if (cohort.capacity() > limit) {
            throw new LifecycleException("cohort.error.capacity-over-limit", cohort.courseType().chineseName(),
                    String.valueOf(limit));
        }
        Cohort saved = cohorts.save(new Cohort(cohort.name(), cohort.courseType(), cohort.startDate(),
                cohort.endDate(), cohort.venue(), cohort.capacity(), lead == null ? null : lead.value()));
        audit.record(AuditEvent.created("cohort", saved.id(), cohort));
        return new CohortId(saved.id());
    }

    @Transactional
    public void enrol(CohortId cohortId, TraineeId traineeId) {
        policy.writerOfCurrentTenant("cohort.enrol");
        Cohort cohort = cohorts.findById(cohortId.value())
                .orElseThrow(() -> new NoSuchElementException("Unknown cohort " + cohortId.value()));
        if (!trainees.existsById(traineeId.value())) {
            throw new NoSuchElementException("Unknown trainee " + traineeId.value());
        }
        if (enrolments.existsByCohortIdAndTraineeId(cohortId.value(), traineeId.value())) {
            return;
        }
        if (!rosterOpen(cohort.status())) {
            throw new LifecycleException("cohort.error.not-editable", CohortWorkflow.statusKey(cohort.status()));
        }
        // A limit lowered after the cohort was created holds for new enrolments.
        int places = Math.min(cohort.capacity(), properties.classSizeLimit(cohort.courseType()));
        if (enrolments.countByCohortId(cohortId.value()) >= places) {
            throw new CohortFullException(cohort.name(), places);
        }
        enrolments.save(new Enrolment(cohortId.value(), traineeId.value(), clock.instant()));
        audit.record(AuditEvent.changed("cohort.enrolled", "cohort", cohortId.value(), null, traineeId));
    }

    /**
     * The roster belongs to the application (开班申请): once submitted it changes only after the
     * application comes back returned, so what the prefecture approved is what runs.
     */
    public static boolean rosterOpen(CohortStatus status) {
        return status == CohortStatus.DRAFT || status == CohortStatus.RETURNED;
    }

    /** The cohorts the caller reaches, the latest start first. */
    public List<CohortView> all() {
        return scope.reach("cohort").map(reach -> cohorts.findAll(Sort.by(Sort.Direction.DESC, "startDate")).stream()
                .filter(c -> reach.cohort(c.id())).map(this::view).toList()).orElse(List.of());
    }

    /** Empty for an unknown cohort and for one outside the caller's reach alike. */
    public Optional<CohortView> find(CohortId id) {
        return scope.reach("cohort").flatMap(reach -> {
            if (!reach.cohort(id.value())) {
                scope.refused(reach, "cohort", id.value());
                return Optional.empty();
            }
            return cohorts.findById(id.value()).map(this::view);
        });
    }

    /** The cohorts a trainee is enrolled in that the caller reaches, the latest start first. */
    public List<CohortView> enrolledBy(TraineeId trainee) {
        return scope.reach("trainee").map(reach -> {
            if (!reach.trainee(trainee.value())) {
                scope.refused(reach, "trainee", trainee.value());
                return List.<CohortView>of();
            }
            List<Long> ids = enrolments.findByTraineeId(trainee.value()).stream().map(Enrolment::cohortId)
                    .filter(reach::cohort).toList();
            return cohorts.findAllById(ids).stream()
                    .sorted(Comparator.comparing(Cohort::startDate).reversed())
                    .map(this::view).toList();
        }).orElse(List.of());
    }

    /** Who is enrolled in a cohort: for staff who reach it; empty for everyone else. */
    public List<TraineeId> roster(CohortId id) {
        return scope.reach("cohort").map(reach -> {
            if (!reach.rosterOf(id.value())) {
                scope.refused(reach, "cohort-roster", id.value());
                return List.<TraineeId>of();
            }
            return enrolments.findByCohortId(id.value()).stream().map(e -> new TraineeId(e.traineeId())).toList();
        }).orElse(List.of());
    }

    /** Institution-wide figures, for the platform's statistics, the institution admin and supervisors. */
    public CohortCounts counts() {
        Caller caller = policy.readerOfCurrentTenant("cohort-counts")
                .orElseThrow(() -> new AccessRefusedException("cohort.counts"));
        if (caller.is(Role.LECTURER) || caller.is(Role.TRAINEE) || caller.is(Role.EXPERT) || caller.is(Role.MENTOR)) {
            throw policy.refusal(caller, "cohort.counts");
        }
        return new CohortCounts(cohorts.count(), trainees.count(), enrolments.count(), lecturers.count());
    }

    static CohortView view(Cohort c, EnrolmentRepository enrolments) {
        Long lead = c.leadLecturerId();
        return new CohortView(new CohortId(c.id()), c.name(), c.courseType(), c.startDate(), c.endDate(), c.venue(),
                c.capacity(), (int) enrolments.countByCohortId(c.id()), lead == null ? null : new LecturerId(lead),
                c.status());
    }

    private CohortView view(Cohort c) {
        return view(c, enrolments);
    }
}
