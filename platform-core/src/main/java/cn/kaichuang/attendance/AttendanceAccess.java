package cn.kaichuang.attendance;

import cn.kaichuang.attendance.internal.SessionRow;
import cn.kaichuang.audit.AuditEvent;
import cn.kaichuang.audit.AuditTrail;
import cn.kaichuang.cohort.CohortView;
import cn.kaichuang.cohort.Cohorts;
import cn.kaichuang.cohort.Ids.CohortId;
import cn.kaichuang.cohort.Ids.LecturerId;
import cn.kaichuang.cohort.Lecturers;
import cn.kaichuang.cohort.LecturerView;
import cn.kaichuang.cohort.TraineeView;
import cn.kaichuang.cohort.Trainees;
import cn.kaichuang.identity.AccessPolicy;
import cn.kaichuang.identity.Caller;
import cn.kaichuang.identity.Role;
import cn.kaichuang.tenancy.TenantContext;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Who may run a session's attendance (the institution admin, the session's lecturer and the
 * cohort's lead lecturer) and which trainee record the signed-in trainee is.
 */
@Component
class AttendanceAccess {

    private final EntityManager entityManager;
    private final AccessPolicy policy;
    private final Lecturers lecturers;
    private final Cohorts cohorts;
    private final Trainees trainees;
    private final AuditTrail audit;
    /**
     * The trainee record of a login, per institution: every check-in starts with it, and the lookup
     * (the caller's reach, the record, its decrypted ID number) costs more than the rest of the
     * checks. A trainee's record and login stay paired; a change reaches check-ins within 2 minutes.
     */
    private final Cache<String, TraineeView> traineeOfLogin = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(2)).maximumSize(50_000).build();

    AttendanceAccess(EntityManager entityManager, AccessPolicy policy, Lecturers lecturers, Cohorts cohorts,
            Trainees trainees, AuditTrail audit) {
        this.entityManager = entityManager;
        this.policy = policy;
        this.lecturers = lecturers;
        this.cohorts = cohorts;
        this.trainees = trainees;
        this.audit = audit;
    }

    Optional<SessionRow> session(long id) {
        List<?> rows = entityManager.createNativeQuery("select id, cohort_id, starts_at, ends_at, topic, venue_lat,"
                + " venue_lon, lecturer_id from cohort_session where id = ?1").setParameter(1, id).getResultList();
        return rows.stream().findFirst().map(row -> {
            Object[] c = (Object[]) row;
            return new SessionRow(((Number) c[0]).longValue(), ((Number) c[1]).longValue(), localDateTime(c[2]),
                    localDateTime(c[3]), (String) c[4], ((Number) c[5]).doubleValue(), ((Number) c[6]).doubleValue(),
                    ((Number) c[7]).longValue());
        });
    }

    /** The session, when the caller runs it; an unknown session and one of another lecturer look alike. */
    SessionRow managed(long sessionId, String operation) {
        Caller caller = policy.caller();
        Optional<SessionRow> session = session(sessionId);
        if (session.isEmpty()) {
            throw new CheckInRefusedException("checkin.error.session-not-found");
        }
        if (caller.isSystem() || caller.is(Role.INSTITUTION_ADMIN)
                && TenantContext.require().value().equals(caller.tenant())) {
            return session.get();
        }
        if (caller.is(Role.LECTURER)) {
            Set<Long> own = lecturers.mine().stream().map(LecturerView::id).map(LecturerId::value)
                    .collect(Collectors.toSet());
            SessionRow row = session.get();
            Optional<CohortView> cohort = cohorts.find(new CohortId(row.cohortId()));
            boolean leads = cohort.map(CohortView::leadLecturer).map(l -> own.contains(l.value())).orElse(false);
            if (own.contains(row.lecturerId()) || leads) {
                return row;
            }
        }
        policy.refused(caller, "cohort-session", sessionId);
        throw new CheckInRefusedException("checkin.error.session-not-found");
    }

    Optional<CohortView> cohort(CohortId id) {
        return cohorts.find(id);
    }

    boolean isTrainee() {
        return policy.caller().is(Role.TRAINEE);
    }

    /** The signed-in trainee's own record; refused for anyone else. */
    TraineeView trainee() {
        Caller caller = policy.caller();
        if (!caller.is(Role.TRAINEE)) {
            throw new CheckInRefusedException("checkin.error.not-trainee");
        }
        String key = TenantContext.require().value() + '\u0000' + caller.username();
        TraineeView cached = traineeOfLogin.getIfPresent(key);
        if (cached != null) {
            return cached;
        }
        TraineeView trainee = trainees.findByUsername(caller.username())
                .orElseThrow(() -> new CheckInRefusedException("checkin.error.not-trainee"));
        traineeOfLogin.put(key, trainee);
        return trainee;
    }

    /** The trainee is the caller's own record already, so this needs no reach of its own. */
    boolean enrolled(TraineeView trainee, long cohortId) {
        return !entityManager.createNativeQuery("select 1 from enrolment where cohort_id = ?1 and trainee_id = ?2")
                .setParameter(1, cohortId).setParameter(2, trainee.id().value()).getResultList().isEmpty();
    }

    /** Records a refused attempt, which changes nothing else, and returns the exception to throw. */
    CheckInRefusedException refuse(String action, Object subject, CheckInRefusedException refusal) {
        audit.record(refusal(action, subject, refusal));
        return refusal;
    }

    /** The audit event of a refused attempt, for writers that record many at once. */
    AuditEvent refusal(String action, Object subject, CheckInRefusedException refusal) {
        return new AuditEvent(action, "cohort-session", String.valueOf(subject), null, refusal.messageKey());
    }

    private static java.time.LocalDateTime localDateTime(Object value) {
        return value instanceof Timestamp t ? t.toLocalDateTime() : (java.time.LocalDateTime) value;
    }
}
