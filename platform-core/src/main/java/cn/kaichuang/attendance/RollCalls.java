package cn.kaichuang.attendance;

import cn.kaichuang.attendance.internal.SessionRow;
import cn.kaichuang.audit.AuditEvent;
import cn.kaichuang.audit.AuditTrail;
import cn.kaichuang.cohort.Ids.SessionId;
import cn.kaichuang.cohort.TraineeView;
import cn.kaichuang.identity.AccessPolicy;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Random roll-call (点名抽查): the lecturer starts one during a running session; every trainee who
 * checked in sees a prompt on their phone and has {@code rollCallAnswer} (2 minutes) to answer.
 */
@Service
@Transactional(noRollbackFor = CheckInRefusedException.class)
public class RollCalls {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final EntityManager entityManager;
    private final AttendanceAccess access;
    private final CheckInProperties properties;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final Clock clock;

    RollCalls(EntityManager entityManager, AttendanceAccess access, CheckInProperties properties, AccessPolicy policy,
            AuditTrail audit, Optional<Clock> clock) {
        this.entityManager = entityManager;
        this.access = access;
        this.properties = properties;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Starts a roll-call; only while the session runs. Returns its id. */
    public long start(SessionId sessionId) {
        SessionRow session = access.managed(sessionId.value(), "roll-call.start");
        Instant now = clock.instant();
        if (now.isBefore(session.startsAt().atZone(CHINA).toInstant())
                || !now.isBefore(session.endsAt().atZone(CHINA).toInstant())) {
            throw new CheckInRefusedException("checkin.error.not-running");
        }
        Instant deadline = now.plus(properties.rollCallAnswer());
        long id = ((Number) entityManager.createNativeQuery("insert into roll_call (session_id, started_at, deadline,"
                        + " started_by) values (?1, ?2, ?3, ?4) returning id").setParameter(1, session.id())
                .setParameter(2, Timestamp.from(now)).setParameter(3, Timestamp.from(deadline))
                .setParameter(4, policy.caller().username()).getSingleResult()).longValue();
        audit.record(AuditEvent.created("roll-call", id, "session " + session.id() + " until " + deadline));
        return id;
    }

    /** The roll-calls the signed-in trainee has still to answer (their page polls this). */
    @Transactional(readOnly = true)
    public List<RollCallPrompt> pending() {
        TraineeView trainee = access.trainee();
        return entityManager.createNativeQuery("select r.id, r.session_id, s.topic, r.deadline from roll_call r"
                        + " join cohort_session s on s.id = r.session_id join attendance_record a on a.session_id ="
                        + " r.session_id and a.trainee_id = ?1 and a.method = 'CHECK_IN' where r.deadline > ?2 and not"
                        + " exists (select 1 from roll_call_answer x where x.roll_call_id = r.id and x.trainee_id = ?1)"
                        + " order by r.deadline")
                .setParameter(1, trainee.id().value()).setParameter(2, Timestamp.from(clock.instant()))
                .getResultList().stream().map(row -> {
                    Object[] c = (Object[]) row;
                    return new RollCallPrompt(((Number) c[0]).longValue(), ((Number) c[1]).longValue(), (String) c[2],
                            CheckIns.instant(c[3]));
                }).toList();
    }

    /** The trainee answers; refused after the deadline and for a roll-call not of their session. */
    public void answer(long rollCallId) {
        TraineeView trainee = access.trainee();
        try {
            List<?> rows = entityManager.createNativeQuery("select r.deadline from roll_call r join attendance_record a"
                            + " on a.session_id = r.session_id and a.trainee_id = ?2 and a.method = 'CHECK_IN'"
                            + " where r.id = ?1").setParameter(1, rollCallId).setParameter(2, trainee.id().value())
                    .getResultList();
            if (rows.isEmpty()) {
                throw new CheckInRefusedException("checkin.error.roll-call-unknown");
            }
            Instant now = clock.instant();
            if (!now.isBefore(CheckIns.instant(rows.getFirst()))) {
                throw new CheckInRefusedException("checkin.error.roll-call-late");
            }
            entityManager.createNativeQuery("insert into roll_call_answer (roll_call_id, trainee_id, answered_at)"
                            + " values (?1, ?2, ?3) on conflict do nothing").setParameter(1, rollCallId)
                    .setParameter(2, trainee.id().value()).setParameter(3, Timestamp.from(now)).executeUpdate();
            audit.record(AuditEvent.changed("roll-call.answered", "roll-call", rollCallId, null,
                    "trainee " + trainee.id().value()));
        } catch (CheckInRefusedException refusal) {
            throw access.refuse("roll-call.answer-refused", rollCallId, refusal);
        }
    }

    /** The session's latest roll-call: who was asked (checked in) and who answered in time. */
    @Transactional(readOnly = true)
    public Optional<RollCallResult> latest(SessionId sessionId) {
        access.managed(sessionId.value(), "roll-call.read");
        List<?> calls = entityManager.createNativeQuery("select id, deadline from roll_call where session_id = ?1"
                + " order by id desc limit 1").setParameter(1, sessionId.value()).getResultList();
        return calls.stream().findFirst().map(row -> {
            Object[] c = (Object[]) row;
            long id = ((Number) c[0]).longValue();
            int asked = ((Number) entityManager.createNativeQuery("select count(*) from attendance_record where"
                    + " session_id = ?1 and method = 'CHECK_IN'").setParameter(1, sessionId.value())
                    .getSingleResult()).intValue();
            List<Long> answered = entityManager.createNativeQuery("select trainee_id from roll_call_answer where"
                    + " roll_call_id = ?1 order by trainee_id").setParameter(1, id).getResultList().stream()
                    .map(v -> ((Number) v).longValue()).toList();
            return new RollCallResult(id, CheckIns.instant(c[1]), asked, answered);
        });
    }

    public record RollCallResult(long id, Instant deadline, int asked, List<Long> answeredTrainees) {
    }
}
