package cn.kaichuang.evaluation.internal;

import cn.kaichuang.evaluation.Averages;
import cn.kaichuang.evaluation.Dimension;
import cn.kaichuang.evaluation.NewEvaluation;
import cn.kaichuang.evaluation.Occasion;
import cn.kaichuang.evaluation.PendingEvaluation;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The table {@code evaluation} of the current institution's schema, and the few reads of the
 * timetable an evaluation needs. Runs inside the caller's JPA transaction.
 */
@Component
public class EvaluationTable {

    /** What a trainee may evaluate: the session (or cohort), its cohort and who taught it. */
    public record Target(long cohortId, @Nullable Long sessionId, long lecturerId, LocalDateTime at,
            boolean enrolled) {
    }

    private static final String AVERAGES = Arrays.stream(Dimension.values())
            .map(d -> "avg(" + d.column() + ")").collect(Collectors.joining(", "));

    private final EntityManager entityManager;

    EvaluationTable(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public Optional<Target> target(Occasion occasion, long traineeId) {
        String sql = occasion.kind() == Occasion.Kind.SESSION
                ? "select s.cohort_id, s.id, s.lecturer_id, s.starts_at, exists (select 1 from enrolment e where"
                        + " e.cohort_id = s.cohort_id and e.trainee_id = ?2) from cohort_session s where s.id = ?1"
                : "select c.id, null, c.lead_lecturer_id, cast(c.end_date as timestamp), exists (select 1 from"
                        + " enrolment e where e.cohort_id = c.id and e.trainee_id = ?2) from cohort c where c.id = ?1"
                        + " and c.lead_lecturer_id is not null";
        List<?> rows = entityManager.createNativeQuery(sql).setParameter(1, occasion.id()).setParameter(2, traineeId)
                .getResultList();
        return rows.stream().findFirst().map(row -> {
            Object[] c = (Object[]) row;
            return new Target(number(c[0]), c[1] == null ? null : number(c[1]), number(c[2]), localDateTime(c[3]),
                    (Boolean) c[4]);
        });
    }

    public boolean completed(long cohortId, LocalDate today) {
        return !entityManager.createNativeQuery("select 1 from cohort where id = ?1 and (status in ('COMPLETED',"
                + " 'ARCHIVED') or end_date <= ?2)").setParameter(1, cohortId).setParameter(2, today).getResultList()
                .isEmpty();
    }

    public boolean exists(Occasion occasion, long traineeId) {
        String sql = occasion.kind() == Occasion.Kind.SESSION
                ? "select 1 from evaluation where trainee_id = ?1 and session_id = ?2 and occasion = 'SESSION'"
                : "select 1 from evaluation where trainee_id = ?1 and cohort_id = ?2 and occasion = 'COMPLETION'";
        return !entityManager.createNativeQuery(sql).setParameter(1, traineeId).setParameter(2, occasion.id())
                .getResultList().isEmpty();
    }

    /** Inserts; false when the trainee had already evaluated this occasion (a concurrent second submit). */
    public boolean insert(long traineeId, Occasion occasion, Target target, NewEvaluation evaluation, String comment,
            Instant at) {
        String columns = Arrays.stream(Dimension.values()).map(Dimension::column).collect(Collectors.joining(", "));
        String values = Arrays.stream(Dimension.values()).map(d -> "?" + (8 + d.ordinal()))
                .collect(Collectors.joining(", "));
        Query insert = entityManager.createNativeQuery("insert into evaluation (trainee_id, cohort_id, session_id,"
                        + " lecturer_id, occasion, comment, submitted_at, " + columns + ") values (?1, ?2, ?3, ?4, ?5,"
                        + " ?6, ?7, " + values + ") on conflict do nothing")
                .setParameter(1, traineeId).setParameter(2, target.cohortId()).setParameter(3, target.sessionId())
                .setParameter(4, target.lecturerId()).setParameter(5, occasion.kind().name())
                .setParameter(6, comment).setParameter(7, Timestamp.from(at));
        for (Dimension d : Dimension.values()) {
            insert.setParameter(8 + d.ordinal(), evaluation.scores().get(d));
        }
        return insert.executeUpdate() == 1;
    }

    /** Sessions started by {@code now} and completed cohorts the trainee has not evaluated yet, newest first. */
    public List<PendingEvaluation> pending(long traineeId, LocalDateTime now) {
        List<PendingEvaluation> sessions = entityManager.createNativeQuery("select s.id, c.name, s.topic, l.name,"
                        + " s.starts_at from cohort_session s join cohort c on c.id = s.cohort_id join enrolment e on"
                        + " e.cohort_id = c.id and e.trainee_id = ?1 join lecturer l on l.id = s.lecturer_id where"
                        + " s.starts_at <= ?2 and not exists (select 1 from evaluation v where v.trainee_id = ?1 and"
                        + " v.session_id = s.id) order by s.starts_at desc limit 20")
                .setParameter(1, traineeId).setParameter(2, now).getResultList().stream().map(row -> {
                    Object[] c = (Object[]) row;
                    return new PendingEvaluation(Occasion.session(number(c[0])), (String) c[1], (String) c[2],
                            (String) c[3], localDateTime(c[4]));
                }).toList();
        List<PendingEvaluation> completions = entityManager.createNativeQuery("select c.id, c.name, l.name,"
                        + " cast(c.end_date as timestamp) from cohort c join enrolment e on e.cohort_id = c.id and"
                        + " e.trainee_id = ?1 join lecturer l on l.id = c.lead_lecturer_id where (c.status in"
                        + " ('COMPLETED', 'ARCHIVED') or c.end_date <= cast(?2 as date)) and not exists (select 1 from"
                        + " evaluation v where v.trainee_id = ?1 and v.cohort_id = c.id and v.occasion = 'COMPLETION')"
                        + " order by c.end_date desc")
                .setParameter(1, traineeId).setParameter(2, now).getResultList().stream().map(row -> {
                    Object[] c = (Object[]) row;
                    return new PendingEvaluation(Occasion.completion(number(c[0])), (String) c[1], "", (String) c[2],
                            localDateTime(c[3]));
                }).toList();
        return java.util.stream.Stream.concat(completions.stream(), sessions.stream()).toList();
    }

    /** Averages over the evaluations of the given lecturers (all of them when {@code lecturers} is null). */
    public Averages averages(@Nullable Collection<Long> lecturers, @Nullable Long cohortId) {
        StringBuilder sql = new StringBuilder("select count(*), " + AVERAGES + " from evaluation where true");
        if (lecturers != null) {
            sql.append(" and lecturer_id in (:lecturers)");
        }
        if (cohortId != null) {
            sql.append(" and cohort_id = :cohort");
        }
        if (lecturers != null && lecturers.isEmpty()) {
            return new Averages(0, Map.of());
        }
        Query query = entityManager.createNativeQuery(sql.toString());
        if (lecturers != null) {
            query.setParameter("lecturers", lecturers);
        }
        if (cohortId != null) {
            query.setParameter("cohort", cohortId);
        }
        return averages((Object[]) query.getSingleResult(), 0);
    }

    /** Averages per lecturer (id and name, by name), of one cohort or all. */
    public Map<Map.Entry<Long, String>, Averages> perLecturer(@Nullable Long cohortId) {
        Map<Map.Entry<Long, String>, Averages> result = new LinkedHashMap<>();
        Query query = entityManager.createNativeQuery("select l.id, l.name, count(*), " + AVERAGES.replace("avg(",
                "avg(v.") + " from evaluation v join lecturer l on l.id = v.lecturer_id"
                + (cohortId == null ? "" : " where v.cohort_id = :cohort") + " group by l.id, l.name order by l.name");
        if (cohortId != null) {
            query.setParameter("cohort", cohortId);
        }
        query.getResultList().forEach(row -> {
            Object[] c = (Object[]) row;
            result.put(Map.entry(number(c[0]), (String) c[1]), averages(c, 2));
        });
        return result;
    }

    public int countSince(Collection<Long> lecturers, @Nullable Instant since) {
        if (lecturers.isEmpty()) {
            return 0;
        }
        return ((Number) entityManager.createNativeQuery("select count(*) from evaluation where lecturer_id in"
                        + " (:lecturers) and submitted_at > :since").setParameter("lecturers", lecturers)
                .setParameter("since", Timestamp.from(since == null ? Instant.EPOCH : since)).getSingleResult())
                .intValue();
    }

    public Optional<Instant> readAt(String username) {
        List<?> rows = entityManager.createNativeQuery("select read_at from evaluation_read where username = ?1")
                .setParameter(1, username).getResultList();
        return rows.stream().findFirst().map(EvaluationTable::instant);
    }

    public void markRead(String username, Instant at) {
        entityManager.createNativeQuery("insert into evaluation_read (username, read_at) values (?1, ?2) on conflict"
                        + " (username) do update set read_at = excluded.read_at").setParameter(1, username)
                .setParameter(2, Timestamp.from(at)).executeUpdate();
    }

    private static Averages averages(Object[] row, int countColumn) {
        int count = ((Number) row[countColumn]).intValue();
        Map<Dimension, Double> by = new EnumMap<>(Dimension.class);
        if (count > 0) {
            for (Dimension d : Dimension.values()) {
                Object value = row[countColumn + 1 + d.ordinal()];
                by.put(d, Math.round(((Number) value).doubleValue() * 100) / 100.0);
            }
        }
        return new Averages(count, by);
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static LocalDateTime localDateTime(Object value) {
        return value instanceof Timestamp t ? t.toLocalDateTime() : (LocalDateTime) value;
    }

    private static Instant instant(Object value) {
        return value instanceof Timestamp t ? t.toInstant() : value instanceof java.time.OffsetDateTime o
                ? o.toInstant() : (Instant) value;
    }
}
