package cn.kaichuang.exam;

import cn.kaichuang.audit.AuditEvent;
import cn.kaichuang.audit.AuditTrail;
import cn.kaichuang.exam.internal.ExamTables;
import cn.kaichuang.exam.internal.PaperItem;
import cn.kaichuang.exam.internal.PaperRecord;
import cn.kaichuang.identity.AccessPolicy;
import cn.kaichuang.identity.Caller;
import cn.kaichuang.identity.Role;
import cn.kaichuang.question.Bank;
import cn.kaichuang.question.QuestionBank;
import cn.kaichuang.question.QuestionId;
import cn.kaichuang.question.QuestionQuery;
import cn.kaichuang.question.QuestionsPublished;
import cn.kaichuang.tenancy.TenantCode;
import cn.kaichuang.tenancy.TenantContext;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Blueprints and papers of the current institution. Admins and lecturers edit blueprints and draw
 * papers; the published bank is held in memory per institution (evicted whenever a question is
 * published or retired) so that a paper is drawn without touching the database. The pool is loaded
 * outside the institution's transaction: the province bank is read on a connection of its own.
 */
@Service
public class Papers {

    private static final Set<String> COURSES = Set.of("SYB", "GYB", "IYB");

    private final ExamTables tables;
    private final QuestionBank bank;
    private final AuditTrail audit;
    private final AccessPolicy policy;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final Cache<String, QuestionPool> pools = Caffeine.newBuilder().maximumSize(200).build();

    Papers(ExamTables tables, QuestionBank bank, AuditTrail audit, AccessPolicy policy, Optional<Clock> clock,
            PlatformTransactionManager transactionManager) {
        this.transaction = new TransactionTemplate(transactionManager);
        this.tables = tables;
        this.bank = bank;
        this.audit = audit;
        this.policy = policy;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    /** Stores a new blueprint (id 0) or changes one; validated first. */
    public Blueprint save(Blueprint blueprint) {
        Caller caller = writer("exam.blueprint.save");
        Blueprint clean = validated(blueprint);
        return transaction.execute(status -> store(caller, clean));
    }

    private Blueprint store(Caller caller, Blueprint clean) {
        if (tables.nameTaken(clean.name(), clean.id())) {
            throw new ExamException("exam.error.name-taken", clean.name());
        }
        if (clean.id() == 0) {
            long id = tables.insertBlueprint(clean, caller.username(), clock.instant());
            audit.record(AuditEvent.created("exam_blueprint", id, summary(clean)));
            return clean.withId(id);
        }
        Blueprint before = tables.blueprint(clean.id()).orElseThrow(() -> notFound(caller, clean.id()));
        tables.updateBlueprint(clean);
        audit.record(AuditEvent.changed("exam.blueprint.changed", "exam_blueprint", clean.id(), summary(before),
                summary(clean)));
        return clean;
    }

    public List<Blueprint> blueprints() {
        return reader().map(c -> tables.blueprints()).orElse(List.of());
    }

    /** Empty for an unknown blueprint and for a caller who may not read it (the refusal recorded). */
    public Optional<Blueprint> blueprint(long id) {
        return reader().flatMap(c -> {
            Optional<Blueprint> found = tables.blueprint(id);
            if (found.isEmpty()) {
                policy.refused(c, "exam_blueprint", id);
            }
            return found;
        });
    }

    /** The lines the published bank cannot fill; empty when the blueprint is feasible. */
    public List<Shortfall> check(Blueprint blueprint) {
        // A refused caller must not read "feasible" from an empty list.
        reader().orElseThrow(() -> new ExamException("exam.error.forbidden", "-"));
        return PaperGenerator.check(linesValidated(blueprint), pool(), Set.of());
    }

    /** A first-attempt paper for {@code candidate}, not stored. */
    public Paper preview(Blueprint blueprint, String candidate) {
        reader().orElseThrow(() -> new ExamException("exam.error.forbidden", "-"));
        Blueprint clean = linesValidated(blueprint);
        long seed = PaperGenerator.seed(clean.id(), candidate, 1);
        return new Paper(0, clean.id(), candidate, 1, seed, PaperGenerator.generate(clean, pool(), Set.of(), seed));
    }

    /**
     * Draws and stores the candidate's next attempt, without any question of their earlier ones.
     *
     * @throws InfeasibleBlueprintException when the bank, less what the candidate saw, is short
     */
    public Paper generate(long blueprintId, String candidate) {
        Caller caller = writer("exam.paper.generate");
        if (candidate.isBlank() || candidate.length() > 100) {
            throw new ExamException("exam.error.candidate", candidate);
        }
        QuestionPool pool = pool();
        return transaction.execute(status -> draw(caller, blueprintId, candidate, pool));
    }

    /**
     * Draws and stores the next attempt without checking the caller: the sitting's attempt service
     * has checked that the candidate may sit, and loaded {@code pool} outside its transaction.
     */
    Paper draw(Caller caller, long blueprintId, String candidate, QuestionPool pool) {
        Blueprint blueprint = tables.blueprint(blueprintId).orElseThrow(() -> notFound(caller, blueprintId));
        List<PaperRecord> earlier = tables.papers(blueprintId, candidate);
        Set<QuestionId> seen = earlier.stream().flatMap(p -> p.items().stream())
                .map(i -> new QuestionId(Bank.valueOf(i.bank()), i.question())).collect(Collectors.toSet());
        int attempt = earlier.size() + 1;
        long seed = PaperGenerator.seed(blueprintId, candidate, attempt);
        List<PaperQuestion> questions = PaperGenerator.generate(blueprint, pool, seen, seed);
        List<PaperItem> items = questions.stream().map(q -> new PaperItem(q.question().id().bank().name(),
                q.question().id().value(), q.question().version(), q.optionOrder(), q.score())).toList();
        long id = tables.insertPaper(new PaperRecord(0, blueprintId, candidate, attempt, seed, items),
                caller.username(), clock.instant());
        audit.record(AuditEvent.created("exam_paper", id, blueprint.name() + " " + candidate + " #" + attempt
                + " seed " + seed));
        return new Paper(id, blueprintId, candidate, attempt, seed, questions);
    }

    /** A stored paper with the exact question versions it drew; empty when unknown or not readable. */
    public Optional<Paper> paper(long id) {
        return reader().flatMap(c -> {
            Optional<PaperRecord> found = tables.paper(id);
            if (found.isEmpty()) {
                policy.refused(c, "exam_paper", id);
            }
            return found;
        }).map(this::paper);
    }

    /** A stored paper without checking the caller, for the attempt service (run as the platform: the bank is read). */
    Optional<Paper> stored(long id) {
        return tables.paper(id).map(this::paper);
    }

    /** The published bank of the current institution, loaded once (run as the platform for a trainee's paper). */
    QuestionPool pool() {
        String key = TenantContext.current().map(TenantCode::value).orElse("");
        return pools.get(key, k -> new QuestionPool(bank.published(QuestionQuery.all())));
    }

    private Paper paper(PaperRecord record) {
        List<PaperQuestion> questions = new ArrayList<>();
        for (PaperItem item : record.items()) {
            QuestionId question = new QuestionId(Bank.valueOf(item.bank()), item.question());
            bank.version(question, item.version()).ifPresent(v ->
                    questions.add(new PaperQuestion(v, item.order(), item.score())));
        }
        return new Paper(record.id(), record.blueprintId(), record.candidate(), record.attempt(), record.seed(),
                questions);
    }

    /** The blueprint without checking the caller, for sittings and attempts that checked their own access. */
    Optional<Blueprint> storedBlueprint(long id) {
        return tables.blueprint(id);
    }

    @EventListener
    void onPublished(QuestionsPublished event) {
        // A province question reaches every institution's pool.
        if (event.bank() == Bank.PROVINCE) {
            pools.invalidateAll();
        } else {
            TenantContext.current().map(TenantCode::value).ifPresent(pools::invalidate);
        }
    }

    private Optional<Caller> reader() {
        Caller caller = policy.caller();
        if (TenantContext.current().isEmpty() || !caller.isSystem() && !caller.is(Role.INSTITUTION_ADMIN)
                && !caller.is(Role.LECTURER)) {
            policy.refused(caller, "exam", "*");
            return Optional.empty();
        }
        return policy.readerOfCurrentTenant("exam");
    }

    private Caller writer(String operation) {
        Caller caller = policy.caller();
        TenantCode tenant = TenantContext.current().orElseThrow(() -> policy.refusal(caller, operation));
        if (caller.isSystem() || (caller.is(Role.INSTITUTION_ADMIN) || caller.is(Role.LECTURER))
                && tenant.value().equals(caller.tenant())) {
            return caller;
        }
        throw policy.refusal(caller, operation);
    }

    private ExamException notFound(Caller caller, long id) {
        policy.refused(caller, "exam_blueprint", id);
        return new ExamException("exam.error.not-found", String.valueOf(id));
    }

    static Blueprint validated(Blueprint blueprint) {
        String name = blueprint.name().strip();
        if (name.isEmpty() || name.length() > 100) {
            throw new ExamException("exam.error.name", blueprint.name());
        }
        return linesValidated(new Blueprint(blueprint.id(), name, blueprint.course(), blueprint.lines()));
    }

    /** A blueprint being written may be checked and previewed before it has a name. */
    static Blueprint linesValidated(Blueprint blueprint) {
        String name = blueprint.name().strip();
        if (!COURSES.contains(blueprint.course())) {
            throw new ExamException("exam.error.course", blueprint.course());
        }
        if (blueprint.lines().isEmpty()) {
            throw new ExamException("exam.error.no-lines", name);
        }
        for (int i = 0; i < blueprint.lines().size(); i++) {
            BlueprintLine line = blueprint.lines().get(i);
            String row = String.valueOf(i + 1);
            if (line.count() < 1 || line.count() > 200) {
                throw new ExamException("exam.error.count", row);
            }
            if (line.score() < 1 || line.score() > 100) {
                throw new ExamException("exam.error.score", row);
            }
            if (line.minDifficulty() < 1 || line.maxDifficulty() > 5 || line.minDifficulty() > line.maxDifficulty()) {
                throw new ExamException("exam.error.difficulty", row);
            }
            if (line.knowledgePoint() != null && !line.knowledgePoint().course().equals(blueprint.course())) {
                throw new ExamException("exam.error.knowledge-point", row);
            }
        }
        return new Blueprint(blueprint.id(), name, blueprint.course(), blueprint.lines());
    }

    private static String summary(Blueprint blueprint) {
        return blueprint.name() + " " + blueprint.course() + " " + blueprint.questionCount() + " questions, "
                + blueprint.totalScore() + " points";
    }
}
