package cn.kaichuang.exam.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Sittings, attempts and answers of the current institution's schema, in plain SQL. */
@Component
public class SittingTables {

    private static final String SITTING = "select s.id, s.name, s.blueprint_id, b.name, b.total_score, s.cohort_id,"
            + " c.name, s.opens_at, s.closes_at, s.duration_minutes, s.max_attempts, s.pass_mark, s.multiple_rule,"
            + " s.created_by from exam_sitting s join exam_blueprint b on b.id = s.blueprint_id"
            + " join cohort c on c.id = s.cohort_id";
    private static final String ATTEMPT = "select id, sitting_id, candidate, trainee_id, attempt, paper_id, started_at,"
            + " deadline, session_token, focus_losses, submitted_at, submitted_how, score, passed from exam_attempt";

    private final EntityManager entityManager;

    SittingTables(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public long insertSitting(String name, long blueprintId, long cohortId, Instant opensAt, Instant closesAt,
            int durationMinutes, int maxAttempts, int passMark, String rule, String by, Instant at) {
        return ((Number) query("insert into exam_sitting (name, blueprint_id, cohort_id, opens_at, closes_at,"
                        + " duration_minutes, max_attempts, pass_mark, multiple_rule, created_by, created_at) values"
                        + " (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11) returning id", name, blueprintId, cohortId,
                ts(opensAt), ts(closesAt), durationMinutes, maxAttempts, passMark, rule, by, ts(at))
                .getSingleResult()).longValue();
    }

    public Optional<SittingRow> sitting(long id) {
        return sittings(SITTING + " where s.id = ?1", id).stream().findFirst();
    }

    public List<SittingRow> sittings() {
        return sittings(SITTING + " order by s.opens_at desc, s.id desc");
    }

    public List<SittingRow> sittingsOf(Collection<Long> cohorts) {
        if (cohorts.isEmpty()) {
            return List.of();
        }
        return sittings(SITTING + " where s.cohort_id in (" + cohorts.stream().map(String::valueOf)
                .collect(Collectors.joining(",")) + ") order by s.opens_at desc, s.id desc");
    }

    public boolean enrolled(long cohortId, long traineeId) {
        return !rows("select 1 from enrolment where cohort_id = ?1 and trainee_id = ?2", cohortId, traineeId).isEmpty();
    }

    public long insertAttempt(long sittingId, String candidate, long traineeId, int attempt, long paperId,
            Instant startedAt, Instant deadline, String token) {
        return ((Number) query("insert into exam_attempt (sitting_id, candidate, trainee_id, attempt, paper_id,"
                        + " started_at, deadline, session_token) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) returning id",
                sittingId, candidate, traineeId, attempt, paperId, ts(startedAt), ts(deadline), token)
                .getSingleResult()).longValue();
    }

    public Optional<AttemptRow> attempt(long id) {
        return attempts(ATTEMPT + " where id = ?1", id).stream().findFirst();
    }

    /** The row locked for this transaction, so that a save and the deadline's marking do not cross. */
    public Optional<AttemptRow> attemptForUpdate(long id) {
        return attempts(ATTEMPT + " where id = ?1 for update", id).stream().findFirst();
    }

    public List<AttemptRow> attempts(long sittingId, String candidate) {
        return attempts(ATTEMPT + " where sitting_id = ?1 and candidate = ?2 order by attempt", sittingId, candidate);
    }

    public List<AttemptRow> attemptsOf(long sittingId) {
        return attempts(ATTEMPT + " where sitting_id = ?1 order by candidate, attempt", sittingId);
    }

    public List<AttemptRow> attemptsOfCandidate(String candidate) {
        return attempts(ATTEMPT + " where candidate = ?1 order by sitting_id, attempt", candidate);
    }

    public List<Long> overdue(Instant now, int limit) {
        return rows("select id from exam_attempt where submitted_at is null and deadline <= ?1 order by deadline"
                + " limit " + limit, ts(now)).stream().map(r -> ((Number) ((Object[]) r)[0]).longValue()).toList();
    }

    public void takeOver(long attemptId, String token) {
        query("update exam_attempt set session_token = ?2 where id = ?1", attemptId, token).executeUpdate();
    }

    public void focusLost(long attemptId) {
        query("update exam_attempt set focus_losses = focus_losses + 1 where id = ?1", attemptId).executeUpdate();
    }

    public void mark(long attemptId, Instant at, String how, double score, boolean passed) {
        query("update exam_attempt set submitted_at = ?2, submitted_how = ?3, score = ?4, passed = ?5 where id = ?1"
                + " and submitted_at is null", attemptId, ts(at), how, score, passed).executeUpdate();
    }

    public void saveAnswer(long attemptId, int position, String chosen, Instant at) {
        query("insert into exam_answer (attempt_id, position, chosen, answered_at) values (?1, ?2, ?3, ?4)"
                + " on conflict (attempt_id, position) do update set chosen = excluded.chosen,"
                + " answered_at = excluded.answered_at", attemptId, position, chosen, ts(at)).executeUpdate();
    }

    /** Position → shown option positions. */
    public Map<Integer, List<Integer>> answers(long attemptId) {
        Map<Integer, List<Integer>> answers = new HashMap<>();
        for (Object row : rows("select position, chosen from exam_answer where attempt_id = ?1", attemptId)) {
            Object[] c = (Object[]) row;
            answers.put(((Number) c[0]).intValue(), parse((String) c[1]));
        }
        return answers;
    }

    public static String format(List<Integer> chosen) {
        return chosen.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    static List<Integer> parse(String chosen) {
        return chosen.isEmpty() ? List.of() : Arrays.stream(chosen.split(",")).map(Integer::valueOf).toList();
    }

    private List<SittingRow> sittings(String sql, Object... parameters) {
        return rows(sql, parameters).stream().map(row -> (Object[]) row).map(c -> new SittingRow(
                num(c[0]), (String) c[1], num(c[2]), (String) c[3], (int) num(c[4]), num(c[5]), (String) c[6],
                instant(c[7]), instant(c[8]), (int) num(c[9]), (int) num(c[10]), (int) num(c[11]), (String) c[12],
                (String) c[13])).toList();
    }

    private List<AttemptRow> attempts(String sql, Object... parameters) {
        List<AttemptRow> result = new ArrayList<>();
        for (Object row : rows(sql, parameters)) {
            Object[] c = (Object[]) row;
            result.add(new AttemptRow(num(c[0]), num(c[1]), (String) c[2], num(c[3]), (int) num(c[4]), num(c[5]),
                    instant(c[6]), instant(c[7]), (String) c[8], (int) num(c[9]), c[10] == null ? null : instant(c[10]),
                    (String) c[11], c[12] == null ? null : ((Number) c[12]).doubleValue(), (Boolean) c[13]));
        }
        return result;
    }

    private static long num(Object value) {
        return ((Number) value).longValue();
    }

    private static Instant instant(Object value) {
        return switch (value) {
            case Instant i -> i;
            case Timestamp t -> t.toInstant();
            case OffsetDateTime o -> o.toInstant();
            default -> throw new IllegalStateException("Unexpected timestamp type " + value.getClass());
        };
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }

    @SuppressWarnings("unchecked")
    private List<Object> rows(String sql, Object... parameters) {
        List<?> result = query(sql, parameters).getResultList();
        return result.stream().map(r -> r instanceof Object[] ? r : (Object) new Object[] {r}).toList();
    }

    private Query query(String sql, @Nullable Object... parameters) {
        Query query = entityManager.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query;
    }
}
