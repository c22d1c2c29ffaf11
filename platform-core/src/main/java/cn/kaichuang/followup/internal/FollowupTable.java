package cn.kaichuang.followup.internal;

import cn.kaichuang.cohort.CourseType;
import cn.kaichuang.cohort.Ids.CohortId;
import cn.kaichuang.cohort.Ids.TraineeId;
import cn.kaichuang.followup.Industry;
import cn.kaichuang.followup.Need;
import cn.kaichuang.followup.Outcome;
import cn.kaichuang.followup.OutcomeSource;
import cn.kaichuang.followup.Survey;
import cn.kaichuang.followup.SurveyStatus;
import jakarta.persistence.EntityManager;
import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.Session;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The follow-up tables of the current institution's schema, in plain SQL on the JPA transaction's
 * connection (which acts as the institution's role): JDBC types its nulls, where a native JPA query
 * would not, and nothing here needs an entity's life cycle.
 */
@Component
public class FollowupTable {

    private static final String SURVEY = """
            select s.id, s.cohort_id, c.name as cohort_name, c.course_type, s.trainee_id, t.name as trainee_name,
                   s.wave_months, s.due_on, s.status, s.answered_at,
                   (select count(*) from followup_reminder r where r.survey_id = s.id) as reminders,
                   (select max(r.sent_at) from followup_reminder r where r.survey_id = s.id) as last_reminder
            from followup_survey s join cohort c on c.id = s.cohort_id join trainee t on t.id = s.trainee_id
            """;
    private static final String OUTCOME = "select id, cohort_id, trainee_id, source, survey_id, started_business,"
            + " registration_number, industry, jobs_created, employed, employer, needs, recorded_by, recorded_at"
            + " from followup_outcome";

    private final EntityManager entityManager;

    FollowupTable(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Opens the wave's survey for every trainee of a cohort completed at least {@code months} before
     * {@code asOf}, once: a survey already there stays as it is. A cohort completed on the day of its
     * COMPLETED step (China time), or on its end date when the step is missing.
     */
    public int scheduleDue(int months, LocalDate asOf, Instant now) {
        return jdbc(sql -> sql.sql("""
                with done as (
                    select c.id, coalesce((select (max(t.at) at time zone 'Asia/Shanghai')::date from cohort_transition t
                                           where t.cohort_id = c.id and t.to_status = 'COMPLETED'), c.end_date) as completed_on
                    from cohort c where c.status in ('COMPLETED', 'ARCHIVED'))
                insert into followup_survey (cohort_id, trainee_id, wave_months, due_on, status, created_at)
                select e.cohort_id, e.trainee_id, :months, (d.completed_on + make_interval(months => :months))::date,
                       'OPEN', :now
                from done d join enrolment e on e.cohort_id = d.id
                where (d.completed_on + make_interval(months => :months))::date <= :asOf
                on conflict (cohort_id, trainee_id, wave_months) do nothing""")
                .param("months", months).param("asOf", Date.valueOf(asOf)).param("now", Timestamp.from(now)).update());
    }

    public Optional<Survey> survey(long id) {
        return surveys(SURVEY + " where s.id = :id", Map.of("id", id)).stream().findFirst();
    }

    public List<Survey> surveysOf(long traineeId) {
        return surveys(SURVEY + " where s.trainee_id = :trainee order by s.status desc, s.due_on desc, s.id desc",
                Map.of("trainee", traineeId));
    }

    public List<Survey> surveys(@Nullable SurveyStatus status, int offset, int limit) {
        return surveys(SURVEY + " where (:status = '' or s.status = :status) order by s.due_on desc, s.id desc"
                + " offset :offset limit :limit", Map.of("status", status == null ? "" : status.name(),
                "offset", offset, "limit", limit));
    }

    public int count(@Nullable SurveyStatus status) {
        return jdbc(sql -> sql.sql("select count(*) from followup_survey where (:status = '' or status = :status)")
                .param("status", status == null ? "" : status.name()).query(Integer.class).single());
    }

    /** Open surveys due a reminder: none yet (the first tells it opened), or fewer than {@code max} and none since {@code before}. */
    public List<DueReminder> remindersDue(int max, Instant before) {
        return jdbc(sql -> sql.sql("""
                select s.id, t.username, c.name, s.wave_months, count(r.id) as sent
                from followup_survey s join trainee t on t.id = s.trainee_id join cohort c on c.id = s.cohort_id
                left join followup_reminder r on r.survey_id = s.id
                where s.status = 'OPEN'
                group by s.id, t.username, c.name, s.wave_months
                having count(r.id) < :max and (count(r.id) = 0 or max(r.sent_at) < :before)
                order by s.id""").param("max", max).param("before", Timestamp.from(before))
                .query((rs, n) -> new DueReminder(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        rs.getInt(5))).list());
    }

    public record DueReminder(long surveyId, @Nullable String traineeUsername, String cohortName, int waveMonths,
            int sent) {
    }

    public void addReminder(long surveyId, String channel, Instant at) {
        jdbc(sql -> sql.sql("insert into followup_reminder (survey_id, channel, sent_at) values (:s, :c, :at)")
                .param("s", surveyId).param("c", channel).param("at", Timestamp.from(at)).update());
    }

    /** @return whether the survey was still open (a second answer at the same time finds it answered) */
    public boolean markAnswered(long surveyId, Instant at) {
        return jdbc(sql -> sql.sql("update followup_survey set status = 'ANSWERED', answered_at = :at"
                + " where id = :id and status = 'OPEN'").param("id", surveyId).param("at", Timestamp.from(at))
                .update()) == 1;
    }

    public long addOutcome(NewOutcome o) {
        return jdbc(sql -> sql.sql("""
                insert into followup_outcome (cohort_id, trainee_id, survey_id, import_id, source, started_business,
                    registration_number, industry, jobs_created, employed, employer, needs, recorded_by, recorded_at)
                values (:cohort, :trainee, :survey, :import, :source, :started, :code, :industry, :jobs, :employed,
                    :employer, cast(:needs as varchar(16)[]), :by, :at) returning id""")
                .param("cohort", o.cohort()).param("trainee", o.trainee()).param("survey", o.survey())
                .param("import", o.importId()).param("source", o.source().name()).param("started", o.started())
                .param("code", o.registrationNumber()).param("industry", o.industry() == null ? null : o.industry().name())
                .param("jobs", o.jobs()).param("employed", o.employed()).param("employer", o.employer())
                .param("needs", "{" + o.needs().stream().map(Enum::name).sorted().collect(Collectors.joining(",")) + "}")
                .param("by", o.recordedBy()).param("at", Timestamp.from(o.at())).query(Long.class).single());
    }

    public record NewOutcome(long cohort, long trainee, @Nullable Long survey, @Nullable Long importId,
            OutcomeSource source, @Nullable Boolean started, @Nullable String registrationNumber,
            @Nullable Industry industry, @Nullable Integer jobs, @Nullable Boolean employed, @Nullable String employer,
            Set<Need> needs, String recordedBy, Instant at) {
    }

    public List<Outcome> outcomesOf(long traineeId) {
        return jdbc(sql -> sql.sql(OUTCOME + " where trainee_id = :t order by recorded_at desc, id desc")
                .param("t", traineeId).query((rs, n) -> outcome(rs)).list());
    }

    public List<Outcome> outcomesOfSurvey(long surveyId) {
        return jdbc(sql -> sql.sql(OUTCOME + " where survey_id = :s order by id").param("s", surveyId)
                .query((rs, n) -> outcome(rs)).list());
    }

    public long addImport(String kind, String fileName, String sha256, int rows, String by, Instant at) {
        return jdbc(sql -> sql.sql("insert into followup_import (kind, file_name, sha256, row_count, imported_by,"
                + " imported_at) values (:k, :f, :h, :r, :b, :at) returning id").param("k", kind).param("f", fileName)
                .param("h", sha256).param("r", rows).param("b", by).param("at", Timestamp.from(at))
                .query(Long.class).single());
    }

    /** Trainee ids by ID-number blind index, for the indexes given. */
    public Map<String, Long> traineesByIndex(Collection<String> indexes) {
        if (indexes.isEmpty()) {
            return Map.of();
        }
        return jdbc(sql -> sql.sql("select id_card_index, id from trainee where id_card_index in (:indexes)")
                .param("indexes", List.copyOf(indexes))
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }

    /** The trainee's latest completed (or archived) cohort, which an imported outcome belongs to. */
    public Optional<Long> latestCompletedCohort(long traineeId) {
        return jdbc(sql -> sql.sql("select c.id from enrolment e join cohort c on c.id = e.cohort_id"
                        + " where e.trainee_id = :t and c.status in ('COMPLETED', 'ARCHIVED')"
                        + " order by c.end_date desc, c.id desc limit 1").param("t", traineeId)
                .query(Long.class).optional());
    }

    /**
     * The institution's outcome figures per course type and lead lecturer, over every trainee of a
     * completed cohort. Per trainee and cohort each figure comes from the latest outcome that says
     * something about it: a later "closed my business" counts over an earlier start.
     */
    @Transactional(readOnly = true)
    public List<KpiCell> kpiCells() {
        return jdbc(sql -> sql.sql("""
                with latest as (
                    select o.cohort_id, o.trainee_id,
                           (array_agg(o.started_business order by o.recorded_at desc, o.id desc)
                               filter (where o.started_business is not null))[1] as started,
                           (array_agg(o.jobs_created order by o.recorded_at desc, o.id desc)
                               filter (where o.started_business and o.jobs_created is not null))[1] as jobs,
                           (array_agg(o.employed order by o.recorded_at desc, o.id desc)
                               filter (where o.employed is not null))[1] as employed
                    from followup_outcome o group by o.cohort_id, o.trainee_id)
                select c.course_type, coalesce(c.lead_lecturer_id, 0) as lecturer_id, coalesce(l.name, '') as lecturer,
                       count(*) as completed, count(x.cohort_id) as reached,
                       count(*) filter (where x.started) as started,
                       coalesce(sum(x.jobs) filter (where x.started), 0) as jobs,
                       count(*) filter (where x.started or x.employed) as employed
                from cohort c join enrolment e on e.cohort_id = c.id
                left join latest x on x.cohort_id = c.id and x.trainee_id = e.trainee_id
                left join lecturer l on l.id = c.lead_lecturer_id
                where c.status in ('COMPLETED', 'ARCHIVED')
                group by 1, 2, 3 order by 1, 2""")
                .query((rs, n) -> new KpiCell(CourseType.valueOf(rs.getString(1)), rs.getLong(2), rs.getString(3),
                        rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8))).list());
    }

    /** One institution's figures for one course type and lead lecturer (0: none). */
    public record KpiCell(CourseType courseType, long lecturerId, String lecturerName, int completed, int reached,
            int started, int jobs, int employed) {
    }

    private List<Survey> surveys(String query, Map<String, ?> parameters) {
        return jdbc(sql -> sql.sql(query).params(parameters).query((rs, n) -> new Survey(rs.getLong("id"),
                new CohortId(rs.getLong("cohort_id")), rs.getString("cohort_name"),
                CourseType.valueOf(rs.getString("course_type")), new TraineeId(rs.getLong("trainee_id")),
                rs.getString("trainee_name"), rs.getInt("wave_months"), rs.getDate("due_on").toLocalDate(),
                SurveyStatus.valueOf(rs.getString("status")), rs.getInt("reminders"),
                instant(rs.getTimestamp("last_reminder")), instant(rs.getTimestamp("answered_at")))).list());
    }

    private static Outcome outcome(ResultSet rs) throws SQLException {
        Array needs = rs.getArray("needs");
        Set<Need> parsed = EnumSet.noneOf(Need.class);
        if (needs != null) {
            Arrays.stream((Object[]) needs.getArray()).map(n -> Need.valueOf(String.valueOf(n))).forEach(parsed::add);
        }
        String industry = rs.getString("industry");
        return new Outcome(rs.getLong("id"), new CohortId(rs.getLong("cohort_id")),
                new TraineeId(rs.getLong("trainee_id")), OutcomeSource.valueOf(rs.getString("source")),
                rs.getObject("survey_id", Long.class), rs.getObject("started_business", Boolean.class),
                rs.getString("registration_number"), industry == null ? null : Industry.of(industry),
                rs.getObject("jobs_created", Integer.class), rs.getObject("employed", Boolean.class),
                rs.getString("employer"), Set.copyOf(parsed), rs.getString("recorded_by"),
                rs.getTimestamp("recorded_at").toInstant());
    }

    private static @Nullable Instant instant(@Nullable Timestamp at) {
        return at == null ? null : at.toInstant();
    }

    /** Runs plain JDBC on the connection of the current JPA transaction (the institution's). */
    private <T> T jdbc(Function<JdbcClient, T> work) {
        return entityManager.unwrap(Session.class).doReturningWork(connection ->
                work.apply(JdbcClient.create(new SingleConnectionDataSource(connection, true))));
    }
}
