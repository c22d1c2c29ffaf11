package cn.kaichuang.cohort;

import cn.kaichuang.audit.AuditEvent;
import cn.kaichuang.audit.AuditTrail;
import cn.kaichuang.cohort.Ids.CohortId;
import cn.kaichuang.cohort.Ids.LecturerId;
import cn.kaichuang.cohort.Ids.SessionId;
import cn.kaichuang.cohort.internal.Cohort;
import cn.kaichuang.cohort.internal.CohortApplicationRecord;
import cn.kaichuang.cohort.internal.CohortApplicationRepository;
import cn.kaichuang.cohort.internal.CohortRepository;
import cn.kaichuang.cohort.internal.CohortSession;
import cn.kaichuang.cohort.internal.CohortSessionRepository;
import cn.kaichuang.cohort.internal.LecturerRepository;
import cn.kaichuang.identity.AccessPolicy;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A cohort's application (开班申请) and timetable. Both are what the prefecture approves, so
 * they change only while the cohort is a draft or has been returned.
 */
@Service
@Transactional(readOnly = true)
public class CohortPlans {

    static final Set<CohortStatus> EDITABLE = EnumSet.of(CohortStatus.DRAFT, CohortStatus.RETURNED);

    private final CohortRepository cohorts;
    private final CohortApplicationRepository applications;
    private final CohortSessionRepository sessions;
    private final LecturerRepository lecturers;
    private final AccessPolicy policy;
    private final CohortScope scope;
    private final AuditTrail audit;
    private final Clock clock;

    CohortPlans(CohortRepository cohorts, CohortApplicationRepository applications, CohortSessionRepository sessions,
            LecturerRepository lecturers, AccessPolicy policy, CohortScope scope, AuditTrail audit,
            Optional<Clock> clock) {
        this.cohorts = cohorts;
        this.applications = applications;
        this.sessions = sessions;
        this.lecturers = lecturers;
        this.policy = policy;
        this.scope = scope;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    /** Empty for an unknown cohort and one out of reach alike; {@link CohortApplication#EMPTY} when none yet. */
    public Optional<CohortApplication> application(CohortId id) {
        return reachable(id).map(c -> applications.findById(c.id()).map(CohortPlans::view)
                .orElse(CohortApplication.EMPTY));
    }

    public List<SessionView> sessions(CohortId id) {
        return reachable(id).map(c -> sessions.findByCohortIdOrderByStartsAtAsc(c.id()).stream()
                .map(CohortPlans::view).toList()).orElse(List.of());
    }

    @Transactional
    public void saveApplication(CohortId id, CohortApplication application) {
        policy.writerOfCurrentTenant("cohort.application");
        Cohort cohort = editable(id);
        for (LecturerId lecturer : application.coLecturers()) {
            requireLecturer(lecturer);
        }
        CohortApplicationRecord record = applications.findById(cohort.id())
                .orElseGet(() -> new CohortApplicationRecord(cohort.id()));
        CohortApplication before = view(record);
        record.update(application.teachingPlan(), application.resources(), application.assessmentPlan(),
                application.coLecturers().stream().map(LecturerId::value).collect(Collectors.toSet()),
                application.planDocument(), clock.instant());
        applications.save(record);
        audit.record(AuditEvent.changed("cohort.application-saved", "cohort", cohort.id(), before, application));
    }

    @Transactional
    public SessionId addSession(CohortId id, NewSession session) {
        policy.writerOfCurrentTenant("cohort.session");
        Cohort cohort = editable(id);
        requireLecturer(session.lecturer());
        CohortSession saved = new CohortSession(cohort.id());
        saved.update(session.startsAt(), session.endsAt(), session.topic(), session.venue(), session.lecturer().value());
        saved = sessions.save(saved);
        audit.record(AuditEvent.created("cohort-session", saved.id(), session));
        return new SessionId(saved.id());
    }

    @Transactional
    public void updateSession(CohortId id, SessionId sessionId, NewSession session) {
        policy.writerOfCurrentTenant("cohort.session");
        Cohort cohort = editable(id);
        requireLecturer(session.lecturer());
        CohortSession existing = sessionOf(cohort, sessionId);
        SessionView before = view(existing);
        existing.update(session.startsAt(), session.endsAt(), session.topic(), session.venue(),
                session.lecturer().value());
        audit.record(AuditEvent.changed("cohort-session.changed", "cohort-session", sessionId.value(), before, session));
    }

    @Transactional
    public void removeSession(CohortId id, SessionId sessionId) {
        policy.writerOfCurrentTenant("cohort.session");
        Cohort cohort = editable(id);
        CohortSession existing = sessionOf(cohort, sessionId);
        sessions.delete(existing);
        audit.record(AuditEvent.changed("cohort-session.removed", "cohort-session", sessionId.value(),
                view(existing), null));
    }

    private Optional<Cohort> reachable(CohortId id) {
        return scope.reach("cohort").flatMap(reach -> {
            if (!reach.cohort(id.value())) {
                scope.refused(reach, "cohort", id.value());
                return Optional.empty();
            }
            return cohorts.findById(id.value());
        });
    }

    private Cohort editable(CohortId id) {
        Cohort cohort = cohorts.lockById(id.value())
                .orElseThrow(() -> new LifecycleException("cohort.error.not-found"));
        if (!EDITABLE.contains(cohort.status())) {
            throw new LifecycleException("cohort.error.not-editable", CohortWorkflow.statusKey(cohort.status()));
        }
        return cohort;
    }

    private CohortSession sessionOf(Cohort cohort, SessionId id) {
        return sessions.findById(id.value()).filter(s -> s.cohortId() == cohort.id())
                .orElseThrow(() -> new LifecycleException("cohort.error.session-not-found"));
    }

    private void requireLecturer(LecturerId lecturer) {
        if (!lecturers.existsById(lecturer.value())) {
            throw new LifecycleException("cohort.error.unknown-lecturer", String.valueOf(lecturer.value()));
        }
    }

    private static CohortApplication view(CohortApplicationRecord r) {
        return new CohortApplication(r.teachingPlan(), r.resources(), r.assessmentPlan(),
                r.coLecturers().stream().map(LecturerId::new).collect(Collectors.toSet()), r.planDocument());
    }

    private static SessionView view(CohortSession s) {
        return new SessionView(new SessionId(s.id()), s.startsAt(), s.endsAt(), s.topic(), s.venue(),
                new LecturerId(s.lecturerId()));
    }
}
