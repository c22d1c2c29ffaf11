package cn.kaichuang.question.internal;

import cn.kaichuang.question.Bank;
import cn.kaichuang.question.KnowledgePoint;
import cn.kaichuang.question.Question;
import cn.kaichuang.question.QuestionDraft;
import cn.kaichuang.question.QuestionId;
import cn.kaichuang.question.QuestionQuery;
import cn.kaichuang.question.QuestionRules;
import cn.kaichuang.question.QuestionStatus;
import cn.kaichuang.question.QuestionType;
import cn.kaichuang.question.QuestionVersion;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The tables {@code question} and {@code question_version} of one bank: {@code platform.} for the
 * province, unqualified (the institution's schema on its connection) for an institution.
 */
public final class QuestionTable {

    private static final String VERSION_COLUMNS = "v.question_id, v.number, v.type, v.knowledge_point, v.difficulty,"
            + " v.stem, v.options, v.answer, v.explanation, v.created_by, v.created_at";
    private static final String QUESTION_COLUMNS = "q.status, q.published_version, q.updated_at, " + VERSION_COLUMNS;

    private final JdbcClient jdbc;
    private final Bank bank;
    private final String question;
    private final String version;

    QuestionTable(JdbcClient jdbc, Bank bank, String schemaPrefix) {
        this.jdbc = jdbc;
        this.bank = bank;
        this.question = schemaPrefix + "question";
        this.version = schemaPrefix + "question_version";
    }

    public Bank bank() {
        return bank;
    }

    public QuestionId insert(QuestionDraft draft, QuestionStatus status, String by, Instant at,
            @Nullable String seedKey) {
        Integer published = status == QuestionStatus.PUBLISHED ? 1 : null;
        long id = jdbc.sql("insert into " + question + " (status, latest_version, published_version, seed_key,"
                        + " created_by, created_at, updated_at) values (?, 1, ?, ?, ?, ?, ?) returning id")
                .params(status.name(), published, seedKey, by, Timestamp.from(at), Timestamp.from(at))
                .query(Long.class).single();
        QuestionId questionId = new QuestionId(bank, id);
        insertVersion(questionId, 1, draft, by, at);
        return questionId;
    }

    public void insertVersion(QuestionId id, int number, QuestionDraft draft, String by, Instant at) {
        jdbc.sql("insert into " + version + " (question_id, number, type, knowledge_point, difficulty, stem, options,"
                        + " answer, explanation, created_by, created_at) values (?, ?, ?, ?, ?, ?, ?::varchar[], ?, ?, ?, ?)")
                .params(id.value(), number, draft.type().name(), draft.knowledgePoint().name(), draft.difficulty(),
                        draft.stem(), pgArray(draft.options()), QuestionRules.answerText(QuestionType.MULTIPLE_CHOICE,
                                draft.correct()), draft.explanation(), by, Timestamp.from(at))
                .update();
        if (number > 1) {
            jdbc.sql("update " + question + " set latest_version = ?, updated_at = ? where id = ?")
                    .params(number, Timestamp.from(at), id.value()).update();
        }
    }

    public void setStatus(QuestionId id, QuestionStatus status, @Nullable Integer publishedVersion, Instant at) {
        jdbc.sql("update " + question + " set status = ?, published_version = ?, updated_at = ? where id = ?")
                .params(status.name(), publishedVersion, Timestamp.from(at), id.value()).update();
    }

    public Optional<Question> find(QuestionId id) {
        return jdbc.sql("select " + QUESTION_COLUMNS + fromLatest() + " where q.id = ?").param(id.value())
                .query(this::question).optional();
    }

    /** Locks the question's row until the transaction ends, so two edits do not take one number. */
    public Optional<Question> lock(QuestionId id) {
        jdbc.sql("select id from " + question + " where id = ? for update").param(id.value()).query(Long.class)
                .optional();
        return find(id);
    }

    public Optional<QuestionVersion> version(QuestionId id, int number) {
        return jdbc.sql("select " + VERSION_COLUMNS + " from " + version + " v where v.question_id = ? and v.number = ?")
                .params(id.value(), number).query(this::version).optional();
    }

    /** The newest first. */
    public List<QuestionVersion> versions(QuestionId id) {
        return jdbc.sql("select " + VERSION_COLUMNS + " from " + version + " v where v.question_id = ?"
                + " order by v.number desc").param(id.value()).query(this::version).list();
    }

    /** The newest changes first, filtered on the latest version. */
    public List<Question> search(QuestionQuery query, int offset, int limit) {
        Where where = where(query, "v");
        List<Object> params = new ArrayList<>(where.params());
        params.add(limit);
        params.add(offset);
        return jdbc.sql("select " + QUESTION_COLUMNS + fromLatest() + where.sql()
                        + " order by q.updated_at desc, q.id desc limit ? offset ?")
                .params(params).query(this::question).list();
    }

    public long count(QuestionQuery query) {
        Where where = where(query, "v");
        return jdbc.sql("select count(*)" + fromLatest() + where.sql()).params(where.params()).query(Long.class)
                .single();
    }

    /** The published versions of the published questions that match (the query's status is ignored). */
    public List<QuestionVersion> published(QuestionQuery query) {
        Where where = where(query.withStatus(QuestionStatus.PUBLISHED), "v");
        return jdbc.sql("select " + VERSION_COLUMNS + " from " + question + " q join " + version
                        + " v on v.question_id = q.id and v.number = q.published_version" + where.sql()
                        + " order by q.id")
                .params(where.params()).query(this::version).list();
    }

    public Set<String> seedKeys() {
        return new HashSet<>(jdbc.sql("select seed_key from " + question + " where seed_key is not null")
                .query(String.class).list());
    }

    private String fromLatest() {
        return " from " + question + " q join " + version + " v on v.question_id = q.id and v.number = q.latest_version";
    }

    private static Where where(QuestionQuery query, String v) {
        StringBuilder sql = new StringBuilder(" where true");
        List<Object> params = new ArrayList<>();
        if (query.text() != null && !query.text().isBlank()) {
            sql.append(" and (").append(v).append(".stem ilike ? or ").append(v).append(".explanation ilike ?)");
            String like = "%" + query.text().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            params.add(like);
            params.add(like);
        }
        if (query.type() != null) {
            sql.append(" and ").append(v).append(".type = ?");
            params.add(query.type().name());
        }
        if (query.knowledgePoint() != null) {
            sql.append(" and ").append(v).append(".knowledge_point = ?");
            params.add(query.knowledgePoint().name());
        }
        if (query.difficulty() != null) {
            sql.append(" and ").append(v).append(".difficulty = ?");
            params.add(query.difficulty());
        }
        if (query.status() != null) {
            sql.append(" and q.status = ?");
            params.add(query.status().name());
        }
        return new Where(sql.toString(), params);
    }

    private record Where(String sql, List<Object> params) {
    }

    private Question question(ResultSet rs, int row) throws SQLException {
        int published = rs.getInt("published_version");
        Integer publishedVersion = rs.wasNull() ? null : published;
        return new Question(new QuestionId(bank, rs.getLong("question_id")),
                QuestionStatus.valueOf(rs.getString("status")), publishedVersion, version(rs, row),
                rs.getTimestamp("updated_at").toInstant());
    }

    private QuestionVersion version(ResultSet rs, int row) throws SQLException {
        QuestionType type = QuestionType.valueOf(rs.getString("type"));
        return new QuestionVersion(new QuestionId(bank, rs.getLong("question_id")), rs.getInt("number"), type,
                KnowledgePoint.valueOf(rs.getString("knowledge_point")), rs.getInt("difficulty"), rs.getString("stem"),
                List.of((String[]) rs.getArray("options").getArray()),
                rs.getString("answer").chars().mapToObj(c -> c - 'A').toList(), rs.getString("explanation"),
                rs.getString("created_by"), rs.getTimestamp("created_at").toInstant());
    }

    /** A PostgreSQL array literal: every element quoted, quotes and backslashes escaped. */
    static String pgArray(List<String> values) {
        StringBuilder out = new StringBuilder("{");
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append('"').append(values.get(i).replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return out.append('}').toString();
    }
}
