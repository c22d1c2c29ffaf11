package cn.kaichuang.attendance;

import cn.kaichuang.cohort.Ids.CohortId;
import cn.kaichuang.cohort.Ids.TraineeId;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether a trainee passed the cohort's exam or business plan review, as the assessment feature
 * recorded it in {@code assessment_result}. Callers check the cohort's reach first (certificates do).
 */
@Service
@Transactional(readOnly = true)
public class AssessmentResults {

    public enum Kind {
        EXAM,
        PLAN
    }

    private final EntityManager entityManager;

    AssessmentResults(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Every recorded result of the cohort, by trainee. */
    public Map<TraineeId, Map<Kind, Boolean>> ofCohort(CohortId cohort) {
        Map<TraineeId, Map<Kind, Boolean>> results = new HashMap<>();
        for (Object row : entityManager.createNativeQuery("select trainee_id, kind, passed from assessment_result"
                + " where cohort_id = ?1").setParameter(1, cohort.value()).getResultList()) {
            Object[] columns = (Object[]) row;
            results.computeIfAbsent(new TraineeId(((Number) columns[0]).longValue()), t -> new EnumMap<>(Kind.class))
                    .put(Kind.valueOf((String) columns[1]), (Boolean) columns[2]);
        }
        return results;
    }

    /**
     * Records a result of the current institution's trainee. A pass stands: a later failed attempt
     * (or a second recording of the same plan) does not take it back, since certificates rely on it.
     */
    @Transactional
    public void record(CohortId cohort, TraineeId trainee, Kind kind, boolean passed, Instant at) {
        entityManager.createNativeQuery("insert into assessment_result (cohort_id, trainee_id, kind, passed,"
                        + " recorded_at) values (?1, ?2, ?3, ?4, ?5) on conflict (cohort_id, trainee_id, kind) do update"
                        + " set passed = assessment_result.passed or excluded.passed, recorded_at = excluded.recorded_at")
                .setParameter(1, cohort.value()).setParameter(2, trainee.value()).setParameter(3, kind.name())
                .setParameter(4, passed).setParameter(5, at).executeUpdate();
    }

    /** Empty when nothing is recorded. */
    public Optional<Boolean> passed(CohortId cohort, TraineeId trainee, Kind kind) {
        List<?> rows = entityManager.createNativeQuery("select passed from assessment_result where cohort_id = ?1"
                        + " and trainee_id = ?2 and kind = ?3")
                .setParameter(1, cohort.value()).setParameter(2, trainee.value()).setParameter(3, kind.name())
                .getResultList();
        return rows.stream().findFirst().map(Boolean.class::cast);
    }
}
