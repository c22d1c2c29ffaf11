package cn.kaichuang.attendance;

import cn.kaichuang.attendance.SessionAttendance.Method;
import cn.kaichuang.attendance.internal.SessionRow;
import cn.kaichuang.audit.AuditEvent;
import cn.kaichuang.audit.AuditTrail;
import cn.kaichuang.cohort.Ids.SessionId;
import cn.kaichuang.cohort.Ids.TraineeId;
import cn.kaichuang.cohort.TraineeView;
import cn.kaichuang.identity.AccessPolicy;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Leave requests (请假) and the lecturer's corrections (补签/改缺勤), and who was where at a session.
 * An approved leave is an attendance row of method LEAVE: excused, but not counted as present.
 */
@Service
@Transactional(noRollbackFor = CheckInRefusedException.class)
public class AttendanceDesk {

    private final EntityManager entityManager;
    private final AttendanceAccess access;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final Clock clock;

    AttendanceDesk(EntityManager entityManager, AttendanceAccess access, AccessPolicy policy, AuditTrail audit,
            Optional<Clock> clock) {
        this.entityManager = entityManager;
        this.access = access;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** The signed-in trainee asks to miss a session of their cohort. */
    public long requestLeave(SessionId sessionId, String reason) {
        TraineeView trainee = access.trainee();
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty() || text.length() > 500) {
            throw new CheckInRefusedException("checkin.error.reason");
        }
        SessionRow session = access.session(sessionId.value()).filter(s -> access.enrolled(trainee, s.cohortId()))
                .orElseThrow(() -> new CheckInRefusedException("checkin.error.not-enrolled"));
        List<?> existing = entityManager.createNativeQuery("select id from leave_request where session_id = ?1 and"
                + " trainee_id = ?2").setParameter(1, session.id()).setParameter(2, trainee.id().value()).getResultList();
        if (!existing.isEmpty()) {
            throw new CheckInRefusedException("checkin.error.leave-exists");
        }
        long id = ((Number) entityManager.createNativeQuery("insert into leave_request (session_id, trainee_id, reason,"
                        + " status, requested_at) values (?1, ?2, ?3, 'PENDING', ?4) returning id")
                .setParameter(1, session.id()).setParameter(2, trainee.id().value()).setParameter(3, text)
                .setParameter(4, Timestamp.from(clock.instant())).getSingleResult()).longValue();
        audit.record(AuditEvent.created("leave-request", id, "session " + session.id() + " trainee "
                + trainee.id().value()));
        return id;
    }

    /** The session's leave requests, for its lecturer. */
    @Transactional(readOnly = true)
    public List<LeaveRequest> leaves(SessionId sessionId) {
        access.managed(sessionId.value(), "leave.read");
        return entityManager.createNativeQuery("select l.id, l.session_id, l.trainee_id, t.name, l.reason, l.status,"
                        + " l.requested_at from leave_request l join trainee t on t.id = l.trainee_id where"
                        + " l.session_id = ?1 order by l.id").setParameter(1, sessionId.value()).getResultList()
                .stream().map(row -> {
                    Object[] c = (Object[]) row;
                    return new LeaveRequest(((Number) c[0]).longValue(), new SessionId(((Number) c[1]).longValue()),
                            new TraineeId(((Number) c[2]).longValue()), (String) c[3], (String) c[4],
                            LeaveRequest.Status.valueOf((String) c[5]), CheckIns.instant(c[6]));
                }).toList();
    }

    /** Approves (the trainee is excused unless already present) or rejects a pending request. */
    public void decideLeave(long leaveId, boolean approve) {
        List<?> rows = entityManager.createNativeQuery("select session_id, trainee_id, status from leave_request where"
                + " id = ?1").setParameter(1, leaveId).getResultList();
        if (rows.isEmpty()) {
            throw new CheckInRefusedException("checkin.error.leave-unknown");
        }
        Object[] c = (Object[]) rows.getFirst();
        long session = ((Number) c[0]).longValue();
        long trainee = ((Number) c[1]).longValue();
        access.managed(session, "leave.decide");
        if (!"PENDING".equals(c[2])) {
            throw new CheckInRefusedException("checkin.error.leave-decided");
        }
        Instant now = clock.instant();
        String status = approve ? "APPROVED" : "REJECTED";
        entityManager.createNativeQuery("update leave_request set status = ?1, decided_by = ?2, decided_at = ?3 where"
                        + " id = ?4").setParameter(1, status).setParameter(2, policy.caller().username())
                .setParameter(3, Timestamp.from(now)).setParameter(4, leaveId).executeUpdate();
        if (approve) {
            entityManager.createNativeQuery("insert into attendance_record (session_id, trainee_id, checked_in_at,"
                            + " method) values (?1, ?2, ?3, 'LEAVE') on conflict do nothing").setParameter(1, session)
                    .setParameter(2, trainee).setParameter(3, Timestamp.from(now)).executeUpdate();
        }
        audit.record(AuditEvent.changed("leave-request." + status.toLowerCase(), "leave-request", leaveId, "PENDING",
                status));
    }

    /**
     * The lecturer marks a trainee present or absent, with a reason; the audit entry keeps before and
     * after. A trainee not enrolled in the session's cohort cannot be marked.
     */
    public void correct(SessionId sessionId, TraineeId trainee, boolean present, String reason) {
        SessionRow session = access.managed(sessionId.value(), "attendance.correct");
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty() || text.length() > 500) {
            throw new CheckInRefusedException("checkin.error.reason");
        }
        boolean enrolled = !entityManager.createNativeQuery("select 1 from enrolment where cohort_id = ?1 and"
                        + " trainee_id = ?2").setParameter(1, session.cohortId()).setParameter(2, trainee.value())
                .getResultList().isEmpty();
        if (!enrolled) {
            throw new CheckInRefusedException("checkin.error.not-enrolled");
        }
        Optional<Method> before = method(session.id(), trainee.value());
        if (present) {
            entityManager.createNativeQuery("insert into attendance_record (session_id, trainee_id, checked_in_at,"
                            + " method) values (?1, ?2, ?3, 'CORRECTION') on conflict (session_id, trainee_id) do"
                            + " update set method = 'CORRECTION', checked_in_at = excluded.checked_in_at")
                    .setParameter(1, session.id()).setParameter(2, trainee.value())
                    .setParameter(3, Timestamp.from(clock.instant())).executeUpdate();
        } else {
            entityManager.createNativeQuery("delete from attendance_record where session_id = ?1 and trainee_id = ?2")
                    .setParameter(1, session.id()).setParameter(2, trainee.value()).executeUpdate();
        }
        audit.record(AuditEvent.changed("attendance.corrected", "cohort-session", session.id(),
                "trainee " + trainee.value() + " " + before.map(Enum::name).orElse("ABSENT"),
                "trainee " + trainee.value() + " " + (present ? "CORRECTION" : "ABSENT") + " reason: " + text));
    }

    /** Every enrolled trainee of the session's cohort and how they attended, in roster order. */
    @Transactional(readOnly = true)
    public List<SessionAttendance> ofSession(SessionId sessionId) {
        SessionRow session = access.managed(sessionId.value(), "attendance.read");
        Map<Long, Long> answered = new HashMap<>();
        entityManager.createNativeQuery("select x.trainee_id, x.roll_call_id from roll_call_answer x where"
                        + " x.roll_call_id = (select max(id) from roll_call where session_id = ?1)")
                .setParameter(1, session.id()).getResultList()
                .forEach(row -> answered.put(((Number) ((Object[]) row)[0]).longValue(), 1L));
        boolean rollCalled = !entityManager.createNativeQuery("select 1 from roll_call where session_id = ?1")
                .setParameter(1, session.id()).getResultList().isEmpty();
        return entityManager.createNativeQuery("select t.id, t.name, a.method, a.checked_in_at, a.distance_m from"
                        + " enrolment e join trainee t on t.id = e.trainee_id left join attendance_record a on"
                        + " a.trainee_id = t.id and a.session_id = ?2 where e.cohort_id = ?1 order by t.id")
                .setParameter(1, session.cohortId()).setParameter(2, session.id()).getResultList().stream()
                .map(row -> {
                    Object[] c = (Object[]) row;
                    long id = ((Number) c[0]).longValue();
                    Method method = c[2] == null ? null : Method.valueOf((String) c[2]);
                    return new SessionAttendance(new TraineeId(id), (String) c[1], method,
                            c[3] == null ? null : CheckIns.instant(c[3]),
                            c[4] == null ? null : (int) Math.round(((Number) c[4]).doubleValue()),
                            rollCalled && method == Method.CHECK_IN ? answered.containsKey(id) : null);
                }).toList();
    }

    /**
     * Per trainee of the cohort, over the sessions started so far; empty for a cohort out of the
     * caller's reach (the refusal recorded by {@link cn.kaichuang.cohort.Cohorts#find}).
     */
    @Transactional(readOnly = true)
    public List<TraineeAttendance> ofCohort(cn.kaichuang.cohort.Ids.CohortId cohort) {
        if (access.cohort(cohort).isEmpty() || access.isTrainee()) {
            return List.of();
        }
        java.time.LocalDateTime now = java.time.LocalDateTime.ofInstant(clock.instant(),
                java.time.ZoneId.of("Asia/Shanghai"));
        int held = ((Number) entityManager.createNativeQuery("select count(*) from cohort_session where cohort_id = ?1"
                + " and starts_at <= ?2").setParameter(1, cohort.value()).setParameter(2, now).getSingleResult())
                .intValue();
        return entityManager.createNativeQuery("select t.id, t.name, count(a.session_id) filter (where a.method <>"
                        + " 'LEAVE'), count(a.session_id) filter (where a.method = 'LEAVE') from enrolment e join trainee t"
                        + " on t.id = e.trainee_id left join (attendance_record a join cohort_session s on s.id ="
                        + " a.session_id and s.starts_at <= ?2) on a.trainee_id = t.id and s.cohort_id = e.cohort_id"
                        + " where e.cohort_id = ?1 group by t.id, t.name order by t.id")
                .setParameter(1, cohort.value()).setParameter(2, now).getResultList().stream().map(row -> {
                    Object[] c = (Object[]) row;
                    return new TraineeAttendance(new TraineeId(((Number) c[0]).longValue()), (String) c[1],
                            ((Number) c[2]).intValue(), ((Number) c[3]).intValue(), held);
                }).toList();
    }

    private Optional<Method> method(long session, long trainee) {
        List<?> rows = entityManager.createNativeQuery("select method from attendance_record where session_id = ?1 and"
                + " trainee_id = ?2").setParameter(1, session).setParameter(2, trainee).getResultList();
        return rows.stream().findFirst().map(m -> Method.valueOf((String) m));
    }
}
