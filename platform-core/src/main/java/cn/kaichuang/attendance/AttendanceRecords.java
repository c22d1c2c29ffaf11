package cn.kaichuang.attendance;

import cn.kaichuang.cohort.CohortView;
import cn.kaichuang.cohort.Cohorts;
import cn.kaichuang.cohort.Ids.CohortId;
import cn.kaichuang.cohort.Ids.TraineeId;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Session attendance of the current institution's cohorts, as check-in recorded it. Reach follows
 * {@link Cohorts}: a lecturer sees the cohorts they lead, an admin and supervisors all; a cohort out
 * of reach is answered as unknown (and the refusal recorded there).
 */
@Service
@Transactional(readOnly = true)
public class AttendanceRecords {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final EntityManager entityManager;
    private final Cohorts cohorts;
    private final Clock clock;

    AttendanceRecords(EntityManager entityManager, Cohorts cohorts, Optional<Clock> clock) {
        this.entityManager = entityManager;
        this.cohorts = cohorts;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Whether check-in has recorded anything at all in this institution. */
    public boolean anyRecorded() {
        return !entityManager.createNativeQuery("select 1 from attendance_record limit 1").getResultList().isEmpty();
    }

    /** Every cohort the caller reaches, the latest start first. */
    public List<CohortAttendance> overview() {
        return cohorts.all().stream().map(this::attendanceOf).toList();
    }

    public Optional<CohortAttendance> ofCohort(CohortId cohort) {
        return cohorts.find(cohort).map(this::attendanceOf);
    }

    /**
     * The share of all the cohort's sessions that the trainee attended, for the completion rule;
     * empty while the cohort has no sessions recorded.
     */
    public OptionalInt completionPercent(CohortId cohort, TraineeId trainee) {
        if (!recorded(cohort.value())) {
            return OptionalInt.empty();
        }
        long sessions = count("select count(*) from cohort_session where cohort_id = ?1", cohort.value());
        long attended = count("select count(*) from attendance_record a join cohort_session s on s.id = a.session_id"
                + " where s.cohort_id = ?1 and a.trainee_id = ?2 and a.method <> 'LEAVE'", cohort.value(), trainee.value());
        return OptionalInt.of((int) Math.round(100.0 * attended / sessions));
    }

    /** {@link #completionPercent} for every trainee with a record; empty while the cohort has no sessions. */
    public Map<TraineeId, Integer> completionPercents(CohortId cohort) {
        long sessions = count("select count(*) from cohort_session where cohort_id = ?1", cohort.value());
        Map<TraineeId, Integer> percents = new HashMap<>();
        if (recorded(cohort.value())) {
            attendedBy(cohort.value()).forEach((trainee, attended) ->
                    percents.put(trainee, (int) Math.round(100.0 * attended / sessions)));
        }
        return percents;
    }

    /**
     * Whether check-in has recorded anyone at the cohort's sessions. A cohort whose sessions were
     * held with paper registers only has attendance "not recorded" (decided by an audited override),
     * not 0 %.
     */
    public boolean hasRecords(CohortId cohort) {
        return recorded(cohort.value());
    }

    private boolean recorded(long cohort) {
        return !entityManager.createNativeQuery("select 1 from attendance_record a join cohort_session s"
                + " on s.id = a.session_id where s.cohort_id = ?1 limit 1").setParameter(1, cohort)
                .getResultList().isEmpty();
    }

    private Map<TraineeId, Integer> attendedBy(long cohort) {
        Map<TraineeId, Integer> attended = new HashMap<>();
        for (Object row : entityManager.createNativeQuery("select a.trainee_id, count(*) from attendance_record a"
                        + " join cohort_session s on s.id = a.session_id where s.cohort_id = ?1"
                        // An excused absence (approved leave) is recorded, but not attendance.
                        + " and a.method <> 'LEAVE' group by a.trainee_id").setParameter(1, cohort).getResultList()) {
            Object[] columns = (Object[]) row;
            attended.put(new TraineeId(((Number) columns[0]).longValue()), ((Number) columns[1]).intValue());
        }
        return attended;
    }

    private CohortAttendance attendanceOf(CohortView cohort) {
        long id = cohort.id().value();
        int sessions = (int) count("select count(*) from cohort_session where cohort_id = ?1", id);
        // The timetable is in the province's local time.
        int held = (int) count("select count(*) from cohort_session where cohort_id = ?1 and starts_at <= ?2", id,
                LocalDateTime.now(clock.withZone(CHINA)));
        Map<TraineeId, Integer> attended = held > 0 && recorded(id) ? attendedBy(id) : Map.of();
        return new CohortAttendance(cohort, sessions, held, cohorts.roster(cohort.id()), attended);
    }

    private long count(String sql, Object... parameters) {
        var query = entityManager.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return ((Number) query.getSingleResult()).longValue();
    }
}
