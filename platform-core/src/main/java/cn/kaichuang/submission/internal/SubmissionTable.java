package cn.kaichuang.submission.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The submission tables of the current institution's schema, in plain SQL: the plan is JSONB and
 * nothing here needs an entity's life cycle.
 */
@Component
public class SubmissionTable {

    private static final String SUBMISSION = "select id, cohort_id, trainee_id, plan_type, status, submitted_version,"
            + " submitted_at, returned_reason from submission";
    private static final String ATTACHMENT = "select id, submission_id, file_name, object_key, content_type,"
            + " size_bytes, sha256, uploaded_at from submission_attachment";

    private final EntityManager entityManager;

    SubmissionTable(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public Optional<Instant> deadline(long cohortId) {
        return rows("select deadline from submission_deadline where cohort_id = ?1", cohortId).stream()
                .findFirst().map(SubmissionTable::instant);
    }

    public void setDeadline(long cohortId, Instant deadline, String by, Instant at) {
        update("insert into submission_deadline (cohort_id, deadline, set_by, set_at) values (?1, ?2, ?3, ?4)"
                + " on conflict (cohort_id) do update set deadline = excluded.deadline, set_by = excluded.set_by,"
                + " set_at = excluded.set_at", cohortId, deadline, by, at);
    }

    public Optional<SubmissionRecord> find(long id) {
        return submissions(SUBMISSION + " where id = ?1", id).stream().findFirst();
    }

    public Optional<SubmissionRecord> find(long cohortId, long traineeId) {
        return submissions(SUBMISSION + " where cohort_id = ?1 and trainee_id = ?2", cohortId, traineeId).stream()
                .findFirst();
    }

    public List<SubmissionRecord> ofCohort(long cohortId) {
        return submissions(SUBMISSION + " where cohort_id = ?1 order by id", cohortId);
    }

    public long create(long cohortId, long traineeId, String planType) {
        return ((Number) query("insert into submission (cohort_id, trainee_id, plan_type, status)"
                + " values (?1, ?2, ?3, 'DRAFT') returning id", cohortId, traineeId, planType).getSingleResult())
                .longValue();
    }

    public void submitted(long id, int version, Instant at) {
        update("update submission set status = 'SUBMITTED', submitted_version = ?2, submitted_at = ?3,"
                + " returned_reason = null where id = ?1", id, version, at);
    }

    public void returned(long id, String reason) {
        update("update submission set status = 'RETURNED', returned_reason = ?2 where id = ?1", id, reason);
    }

    public int addVersion(long submissionId, String json, String by, Instant at, @Nullable Integer restoredFrom) {
        return ((Number) query("insert into submission_version (submission_id, number, content, saved_by, saved_at,"
                        + " restored_from) select ?1, coalesce(max(number), 0) + 1, cast(?2 as jsonb), ?3, ?4, nullif(?5, -1)"
                        + " from submission_version where submission_id = ?1 returning number",
                submissionId, json, by, at, restoredFrom == null ? -1 : restoredFrom).getSingleResult()).intValue();
    }

    public Optional<VersionRecord> version(long submissionId, int number) {
        return versions("select number, content::text, saved_by, saved_at, restored_from from submission_version"
                + " where submission_id = ?1 and number = ?2", submissionId, number).stream().findFirst();
    }

    public Optional<VersionRecord> latest(long submissionId) {
        return versions("select number, content::text, saved_by, saved_at, restored_from from submission_version"
                + " where submission_id = ?1 order by number desc limit 1", submissionId).stream().findFirst();
    }

    /** Newest first, without the content. */
    public List<VersionRecord> versions(long submissionId) {
        return versions("select number, '', saved_by, saved_at, restored_from from submission_version"
                + " where submission_id = ?1 order by number desc", submissionId);
    }

    public int versionCount(long submissionId) {
        return ((Number) query("select count(*) from submission_version where submission_id = ?1", submissionId)
                .getSingleResult()).intValue();
    }

    public long addAttachment(long submissionId, String fileName, String objectKey, String contentType, long size,
            String sha256, Instant at) {
        return ((Number) query("insert into submission_attachment (submission_id, file_name, object_key, content_type,"
                        + " size_bytes, sha256, uploaded_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7) returning id",
                submissionId, fileName, objectKey, contentType, size, sha256, at).getSingleResult()).longValue();
    }

    public List<AttachmentRecord> attachments(long submissionId) {
        return attachmentRows(ATTACHMENT + " where submission_id = ?1 order by id", submissionId);
    }

    public Optional<AttachmentRecord> attachment(long submissionId, long attachmentId) {
        return attachmentRows(ATTACHMENT + " where submission_id = ?1 and id = ?2", submissionId, attachmentId)
                .stream().findFirst();
    }

    public void deleteAttachment(long id) {
        update("delete from submission_attachment where id = ?1", id);
    }

    private List<SubmissionRecord> submissions(String sql, Object... parameters) {
        return rows(sql, parameters).stream().map(row -> (Object[]) row).map(c -> new SubmissionRecord(
                number(c[0]), number(c[1]), number(c[2]), (String) c[3], (String) c[4],
                c[5] == null ? null : ((Number) c[5]).intValue(), c[6] == null ? null : instant(c[6]),
                (String) c[7])).toList();
    }

    private List<VersionRecord> versions(String sql, Object... parameters) {
        return rows(sql, parameters).stream().map(row -> (Object[]) row).map(c -> new VersionRecord(
                ((Number) c[0]).intValue(), String.valueOf(c[1]), (String) c[2], instant(c[3]),
                c[4] == null || ((Number) c[4]).intValue() < 0 ? null : ((Number) c[4]).intValue())).toList();
    }

    private List<AttachmentRecord> attachmentRows(String sql, Object... parameters) {
        return rows(sql, parameters).stream().map(row -> (Object[]) row).map(c -> new AttachmentRecord(
                number(c[0]), number(c[1]), (String) c[2], (String) c[3], (String) c[4], number(c[5]),
                String.valueOf(c[6]), instant(c[7]))).toList();
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
