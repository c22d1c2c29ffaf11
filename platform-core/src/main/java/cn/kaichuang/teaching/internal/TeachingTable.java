package cn.kaichuang.teaching.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.hibernate.query.TypedParameterValue;
import org.hibernate.type.StandardBasicTypes;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The teaching tables of the current institution's schema, in plain SQL as the plans' are. */
@Component
public class TeachingTable {

    private static final String RESOURCE = "select id, cohort_id, title, kind, file_name, object_key, content_type,"
            + " size_bytes, sha256, duration_seconds, pages, uploaded_by, uploaded_at from teaching_resource";
    private static final String PROGRESS = "select p.resource_id, p.trainee_id, p.position_s, p.watched_s, p.last_page,"
            + " p.percent, p.last_report_at, p.finished_at, (select count(*) from teaching_page_seen s"
            + " where s.resource_id = p.resource_id and s.trainee_id = p.trainee_id) from teaching_progress p";
    private static final String TASK = "select id, cohort_id, session_id, kind, title, description, resource_id, due_at,"
            + " published_by, published_at from teaching_task";
    private static final String COMPLETION = "select c.task_id, c.trainee_id, c.status, c.evidence_text, c.file_name,"
            + " c.object_key, c.content_type, c.size_bytes, c.sha256, c.completed_at, c.attempts, c.return_comment,"
            + " c.returned_by, c.returned_at from teaching_completion c";

    private final EntityManager entityManager;

    TeachingTable(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    // ---- resources ----------------------------------------------------------------------------

    public long insertResource(long cohortId, String title, String kind, String fileName, String objectKey,
            String contentType, long size, String sha256, @Nullable Double duration, int pages, String by, Instant at) {
        return number(query("insert into teaching_resource (cohort_id, title, kind, file_name, object_key, content_type,"
                        + " size_bytes, sha256, duration_seconds, pages, uploaded_by, uploaded_at)"
                        + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12) returning id",
                cohortId, title, kind, fileName, objectKey, contentType, size, sha256,
                new TypedParameterValue<>(StandardBasicTypes.DOUBLE, duration), pages, by, at).getSingleResult());
    }

    public Optional<ResourceRecord> resource(long id) {
        return resources(RESOURCE + " where id = ?1", id).stream().findFirst();
    }

    public List<ResourceRecord> resources(long cohortId) {
        return resources(RESOURCE + " where cohort_id = ?1 order by id", cohortId);
    }

    public boolean resourceInUse(long id) {
        return number(query("select count(*) from teaching_task where resource_id = ?1", id).getSingleResult()) > 0;
    }

    public void deleteResource(long id) {
        update("delete from teaching_page_seen where resource_id = ?1", id);
        update("delete from teaching_progress where resource_id = ?1", id);
        update("delete from teaching_resource where id = ?1", id);
    }

    // ---- progress -----------------------------------------------------------------------------

    public Optional<ProgressRecord> progress(long resourceId, long traineeId) {
        return progressRows(PROGRESS + " where p.resource_id = ?1 and p.trainee_id = ?2", resourceId, traineeId)
                .stream().findFirst();
    }

    /** Every trainee's progress with every resource of the cohort. */
    public List<ProgressRecord> progressOfCohort(long cohortId) {
        return progressRows(PROGRESS + " join teaching_resource r on r.id = p.resource_id where r.cohort_id = ?1",
                cohortId);
    }

    public void saveProgress(long resourceId, long traineeId, double position, double watched, int lastPage,
            int percent, @Nullable Instant lastReportAt, @Nullable Instant finishedAt, Instant at) {
        update("insert into teaching_progress (resource_id, trainee_id, position_s, watched_s, last_page, percent,"
                        + " last_report_at, finished_at, updated_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"
                        + " on conflict (resource_id, trainee_id) do update set position_s = excluded.position_s,"
                        + " watched_s = excluded.watched_s, last_page = excluded.last_page, percent = excluded.percent,"
                        + " last_report_at = excluded.last_report_at, finished_at = excluded.finished_at,"
                        + " updated_at = excluded.updated_at",
                resourceId, traineeId, position, watched, lastPage, percent, instant(lastReportAt),
                instant(finishedAt), at);
    }

    public int pagesSeen(long resourceId, long traineeId) {
        return (int) number(query("select count(*) from teaching_page_seen where resource_id = ?1 and trainee_id = ?2",
                resourceId, traineeId).getSingleResult());
    }

    /** Whether the page was new to the trainee. */
    public boolean pageSeen(long resourceId, long traineeId, int page, Instant at) {
        return query("insert into teaching_page_seen (resource_id, trainee_id, page, seen_at) values (?1, ?2, ?3, ?4)"
                + " on conflict do nothing", resourceId, traineeId, page, at).executeUpdate() > 0;
    }

    // ---- tasks --------------------------------------------------------------------------------

    public long insertTask(long cohortId, @Nullable Long sessionId, String kind, String title, String description,
            @Nullable Long resourceId, Instant due, String by, Instant at) {
        return number(query("insert into teaching_task (cohort_id, session_id, kind, title, description, resource_id,"
                        + " due_at, published_by, published_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) returning id",
                cohortId, id(sessionId), kind, title, description, id(resourceId), due, by, at).getSingleResult());
    }

    public Optional<TaskRecord> task(long id) {
        return tasks(TASK + " where id = ?1", id).stream().findFirst();
    }

    public List<TaskRecord> tasks(long cohortId) {
        return tasks(TASK + " where cohort_id = ?1 order by due_at, id", cohortId);
    }

    /** The tasks that finishing the resource completes. */
    public List<TaskRecord> automaticTasks(long resourceId) {
        return tasks(TASK + " where resource_id = ?1 and kind in ('STUDY_RESOURCE', 'WATCH_VIDEO') order by id",
                resourceId);
    }

    /** Who of a task's cohort, with a login, has not completed a task due in {@code (from, until]}. */
    @SuppressWarnings("unchecked")
    public List<DueTask> dueAndOpen(Instant from, Instant until) {
        List<Object[]> rows = query("select t.id, t.title, t.due_at, tr.username from teaching_task t"
                + " join enrolment e on e.cohort_id = t.cohort_id join trainee tr on tr.id = e.trainee_id"
                + " left join teaching_completion c on c.task_id = t.id and c.trainee_id = tr.id"
                + " where t.due_at > ?1 and t.due_at <= ?2 and tr.username is not null"
                + " and (c.status is null or c.status <> 'COMPLETED') order by t.due_at, t.id", from, until)
                .getResultList();
        return rows.stream().map(r -> new DueTask(((Number) r[0]).longValue(), (String) r[1], instant(r[2]),
                (String) r[3])).toList();
    }

    public record DueTask(long taskId, String title, Instant dueAt, String username) {
    }

    // ---- completions --------------------------------------------------------------------------

    public Optional<CompletionRecord> completion(long taskId, long traineeId) {
        return completions(COMPLETION + " where c.task_id = ?1 and c.trainee_id = ?2", taskId, traineeId).stream()
                .findFirst();
    }

    public List<CompletionRecord> completionsOfCohort(long cohortId) {
        return completions(COMPLETION + " join teaching_task t on t.id = c.task_id where t.cohort_id = ?1", cohortId);
    }

    /** A first completion, or the next attempt after a return. */
    public void complete(long taskId, long traineeId, @Nullable String text, @Nullable String fileName,
            @Nullable String objectKey, @Nullable String contentType, @Nullable Long size, @Nullable String sha256,
            Instant at) {
        update("insert into teaching_completion (task_id, trainee_id, status, evidence_text, file_name, object_key,"
                        + " content_type, size_bytes, sha256, completed_at, attempts)"
                        + " values (?1, ?2, 'COMPLETED', ?3, ?4, ?5, ?6, ?7, ?8, ?9, 1)"
                        + " on conflict (task_id, trainee_id) do update set status = 'COMPLETED',"
                        + " evidence_text = excluded.evidence_text, file_name = excluded.file_name,"
                        + " object_key = excluded.object_key, content_type = excluded.content_type,"
                        + " size_bytes = excluded.size_bytes, sha256 = excluded.sha256,"
                        + " completed_at = excluded.completed_at, attempts = teaching_completion.attempts + 1",
                taskId, traineeId, text(text), text(fileName), text(objectKey), text(contentType),
                new TypedParameterValue<>(StandardBasicTypes.LONG, size), text(sha256), at);
    }

    public void returned(long taskId, long traineeId, String comment, String by, Instant at) {
        update("update teaching_completion set status = 'RETURNED', return_comment = ?3, returned_by = ?4,"
                + " returned_at = ?5 where task_id = ?1 and trainee_id = ?2", taskId, traineeId, comment, by, at);
    }

    // ---- mapping ------------------------------------------------------------------------------

    private List<ResourceRecord> resources(String sql, Object... parameters) {
        return rows(sql, parameters).stream().map(row -> (Object[]) row).map(c -> new ResourceRecord(number(c[0]),
                number(c[1]), (String) c[2], (String) c[3], (String) c[4], (String) c[5], (String) c[6], number(c[7]),
                String.valueOf(c[8]), c[9] == null ? null : ((Number) c[9]).doubleValue(), ((Number) c[10]).intValue(),
                (String) c[11], instant(c[12]))).toList();
    }

    private List<ProgressRecord> progressRows(String sql, Object... parameters) {
        return rows(sql, parameters).stream().map(row -> (Object[]) row).map(c -> new ProgressRecord(number(c[0]),
                number(c[1]), ((Number) c[2]).doubleValue(), ((Number) c[3]).doubleValue(), ((Number) c[4]).intValue(),
                ((Number) c[5]).intValue(), c[6] == null ? null : instant(c[6]), c[7] == null ? null : instant(c[7]),
                ((Number) c[8]).intValue())).toList();
    }

    private List<TaskRecord> tasks(String sql, Object... parameters) {
        return rows(sql, parameters).stream().map(row -> (Object[]) row).map(c -> new TaskRecord(number(c[0]),
                number(c[1]), c[2] == null ? null : number(c[2]), (String) c[3], (String) c[4], (String) c[5],
                c[6] == null ? null : number(c[6]), instant(c[7]), (String) c[8], instant(c[9]))).toList();
    }

    private List<CompletionRecord> completions(String sql, Object... parameters) {
        return rows(sql, parameters).stream().map(row -> (Object[]) row).map(c -> new CompletionRecord(number(c[0]),
                number(c[1]), (String) c[2], (String) c[3], (String) c[4], (String) c[5], (String) c[6],
                c[7] == null ? null : number(c[7]), c[8] == null ? null : String.valueOf(c[8]), instant(c[9]),
                ((Number) c[10]).intValue(), (String) c[11], (String) c[12], c[13] == null ? null : instant(c[13])))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private List<Object> rows(String sql, Object... parameters) {
        return query(sql, parameters).getResultList();
    }

    private void update(String sql, Object... parameters) {
        query(sql, parameters).executeUpdate();
    }

    private Query query(String sql, Object... parameters) {
        Query query = entityManager.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query;
    }

    private static TypedParameterValue<Long> id(@Nullable Long value) {
        return new TypedParameterValue<>(StandardBasicTypes.LONG, value);
    }

    private static TypedParameterValue<String> text(@Nullable String value) {
        return new TypedParameterValue<>(StandardBasicTypes.STRING, value);
    }

    private static TypedParameterValue<Instant> instant(@Nullable Instant value) {
        return new TypedParameterValue<>(StandardBasicTypes.INSTANT, value);
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static Instant instant(Object value) {
        return switch (value) {
            case Instant i -> i;
            case OffsetDateTime o -> o.toInstant();
            case Timestamp t -> t.toInstant();
            default -> throw new IllegalStateException("Unexpected timestamp " + value.getClass());
        };
    }
}
