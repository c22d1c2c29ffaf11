package cn.kaichuang.selfassessment.internal;

import cn.kaichuang.audit.AuditEvent;
import cn.kaichuang.audit.AuditTrail;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Results in the current institution's schema. */
@Component
public class ResultTable {

    /** A stored result: scores per dimension code, in the instrument's order. */
    public record Row(long id, long traineeId, int version, Instant takenAt, int total, Map<String, Integer> scores) {
    }

    private final EntityManager entityManager;
    private final AuditTrail audit;

    ResultTable(EntityManager entityManager, AuditTrail audit) {
        this.entityManager = entityManager;
        this.audit = audit;
    }

    @Transactional
    public long insert(long traineeId, int version, String answers, int total, Map<String, Integer> scores,
            Instant at) {
        long id = ((Number) entityManager.createNativeQuery("insert into self_assessment_result (trainee_id,"
                        + " instrument_version, answers, total, taken_at) values (?1, ?2, ?3, ?4, ?5) returning id")
                .setParameter(1, traineeId).setParameter(2, version).setParameter(3, answers).setParameter(4, total)
                .setParameter(5, Timestamp.from(at)).getSingleResult()).longValue();
        scores.forEach((dimension, score) -> entityManager.createNativeQuery("insert into self_assessment_score"
                        + " (result_id, dimension, score) values (?1, ?2, ?3)").setParameter(1, id)
                .setParameter(2, dimension).setParameter(3, score).executeUpdate());
        // The answers stay out of the trail: only that the trainee took this version.
        audit.record(AuditEvent.created("self-assessment", id, "trainee " + traineeId + " v" + version));
        return id;
    }

    /** The trainee's results, newest first. */
    @Transactional(readOnly = true)
    public List<Row> ofTrainee(long traineeId) {
        return rows("where r.trainee_id = ?1", traineeId);
    }

    /** The latest total per enrolled trainee of a cohort (trainees who never took it are absent). */
    @Transactional(readOnly = true)
    public Map<Long, Integer> latestTotals(long cohortId) {
        Map<Long, Integer> totals = new LinkedHashMap<>();
        entityManager.createNativeQuery("select distinct on (r.trainee_id) r.trainee_id, r.total from"
                        + " self_assessment_result r join enrolment e on e.trainee_id = r.trainee_id and e.cohort_id = ?1"
                        + " order by r.trainee_id, r.taken_at desc, r.id desc").setParameter(1, cohortId)
                .getResultList().forEach(row -> {
                    Object[] c = (Object[]) row;
                    totals.put(((Number) c[0]).longValue(), ((Number) c[1]).intValue());
                });
        return totals;
    }

    private List<Row> rows(String where, long parameter) {
        List<?> heads = entityManager.createNativeQuery("select r.id, r.trainee_id, r.instrument_version, r.taken_at,"
                + " r.total from self_assessment_result r " + where + " order by r.taken_at desc, r.id desc")
                .setParameter(1, parameter).getResultList();
        return heads.stream().map(head -> {
            Object[] c = (Object[]) head;
            long id = ((Number) c[0]).longValue();
            Map<String, Integer> scores = new LinkedHashMap<>();
            entityManager.createNativeQuery("select dimension, score from self_assessment_score where result_id = ?1")
                    .setParameter(1, id).getResultList().forEach(s -> {
                        Object[] d = (Object[]) s;
                        scores.put((String) d[0], ((Number) d[1]).intValue());
                    });
            return new Row(id, ((Number) c[1]).longValue(), ((Number) c[2]).intValue(), instant(c[3]),
                    ((Number) c[4]).intValue(), scores);
        }).toList();
    }

    private static Instant instant(Object value) {
        return value instanceof Timestamp t ? t.toInstant()
                : value instanceof OffsetDateTime o ? o.toInstant() : (Instant) value;
    }
}
