package cn.kaichuang.exam.internal;

import cn.kaichuang.exam.Blueprint;
import cn.kaichuang.exam.BlueprintLine;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The exam tables of the current institution's schema, in plain SQL with JSONB lines and items. */
@Component
public class ExamTables {

    private static final TypeReference<List<BlueprintLine>> LINES = new TypeReference<>() { };
    private static final TypeReference<List<PaperItem>> ITEMS = new TypeReference<>() { };

    private final EntityManager entityManager;
    private final JsonMapper json = JsonMapper.builder().build();

    ExamTables(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public long insertBlueprint(Blueprint blueprint, String by, Instant at) {
        return ((Number) query("insert into exam_blueprint (name, course, lines, total_score, created_by, created_at)"
                        + " values (?1, ?2, cast(?3 as jsonb), ?4, ?5, ?6) returning id", blueprint.name(),
                blueprint.course(), json.writeValueAsString(blueprint.lines()), blueprint.totalScore(), by, at)
                .getSingleResult()).longValue();
    }

    public void updateBlueprint(Blueprint blueprint) {
        query("update exam_blueprint set name = ?2, course = ?3, lines = cast(?4 as jsonb), total_score = ?5"
                        + " where id = ?1", blueprint.id(), blueprint.name(), blueprint.course(),
                json.writeValueAsString(blueprint.lines()), blueprint.totalScore()).executeUpdate();
    }

    public boolean nameTaken(String name, long exceptId) {
        return !rows("select id from exam_blueprint where name = ?1 and id <> ?2", name, exceptId).isEmpty();
    }

    public Optional<Blueprint> blueprint(long id) {
        return blueprints("select id, name, course, lines::text from exam_blueprint where id = ?1", id).stream()
                .findFirst();
    }

    public List<Blueprint> blueprints() {
        return blueprints("select id, name, course, lines::text from exam_blueprint order by name");
    }

    public long insertPaper(PaperRecord paper, String by, Instant at) {
        return ((Number) query("insert into exam_paper (blueprint_id, candidate, attempt, seed, items, generated_by,"
                        + " generated_at) values (?1, ?2, ?3, ?4, cast(?5 as jsonb), ?6, ?7) returning id",
                paper.blueprintId(), paper.candidate(), paper.attempt(), paper.seed(),
                json.writeValueAsString(paper.items()), by, at).getSingleResult()).longValue();
    }

    public Optional<PaperRecord> paper(long id) {
        return papers(PAPER + " where id = ?1", id).stream().findFirst();
    }

    /** The candidate's earlier papers of a blueprint, the first attempt first. */
    public List<PaperRecord> papers(long blueprintId, String candidate) {
        return papers(PAPER + " where blueprint_id = ?1 and candidate = ?2 order by attempt", blueprintId, candidate);
    }

    private static final String PAPER = "select id, blueprint_id, candidate, attempt, seed, items::text from exam_paper";

    private List<Blueprint> blueprints(String sql, Object... parameters) {
        return rows(sql, parameters).stream().map(row -> (Object[]) row).map(c -> new Blueprint(
                ((Number) c[0]).longValue(), (String) c[1], (String) c[2], json.readValue((String) c[3], LINES)))
                .toList();
    }

    private List<PaperRecord> papers(String sql, Object... parameters) {
        return rows(sql, parameters).stream().map(row -> (Object[]) row).map(c -> new PaperRecord(
                ((Number) c[0]).longValue(), ((Number) c[1]).longValue(), (String) c[2], ((Number) c[3]).intValue(),
                ((Number) c[4]).longValue(), json.readValue((String) c[5], ITEMS))).toList();
    }

    @SuppressWarnings("unchecked")
    private List<Object> rows(String sql, Object... parameters) {
        List<?> result = query(sql, parameters).getResultList();
        return result.stream().map(r -> r instanceof Object[] ? r : (Object) new Object[] {r}).toList();
    }

    private Query query(String sql, Object... parameters) {
        Query query = entityManager.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query;
    }

}
