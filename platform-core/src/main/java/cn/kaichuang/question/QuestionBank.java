package cn.kaichuang.question;

import cn.kaichuang.audit.AuditEvent;
import cn.kaichuang.audit.AuditTrail;
import cn.kaichuang.identity.AccessPolicy;
import cn.kaichuang.identity.Caller;
import cn.kaichuang.identity.Role;
import cn.kaichuang.question.internal.ProvinceBankSeeding;
import cn.kaichuang.question.internal.QuestionTable;
import cn.kaichuang.question.internal.QuestionTables;
import cn.kaichuang.tenancy.TenantContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * The province's question bank and the current institution's additions. The province admin curates
 * the province bank (experts work inside one institution, the bank serves all of them); an
 * institution admin curates the institution's additions. Lecturers, experts and admins read what is
 * published; trainees never see the bank. Every change is audited, in the platform chain for the
 * province bank and in the institution's chain for its additions.
 */
@Service
public class QuestionBank {

    private static final Set<Role> READERS = Set.of(Role.PROVINCE_ADMIN, Role.INSTITUTION_ADMIN, Role.LECTURER,
            Role.EXPERT);

    private final QuestionTables tables;
    private final AuditTrail audit;
    private final AccessPolicy policy;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final ProvinceBankSeeding seeding;

    QuestionBank(QuestionTables tables, AuditTrail audit, AccessPolicy policy, Optional<Clock> clock,
            ApplicationEventPublisher events, ProvinceBankSeeding seeding) {
        this.events = events;
        this.seeding = seeding;
        this.tables = tables;
        this.audit = audit;
        this.policy = policy;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    /**
     * Puts the seed questions not yet there into the province bank, as start-up does once the
     * application is ready; for the platform's own work that needs them earlier (the demo's exam).
     * How many it added.
     */
    public int seedProvinceBank() {
        Caller caller = policy.caller();
        if (!caller.isSystem()) {
            throw policy.refusal(caller, "question.seed");
        }
        return seeding.seed();
    }

    /** Adds a question as a draft (version 1). */
    public QuestionId create(Bank bank, QuestionDraft draft) {
        Caller caller = requireCurator(bank, "question.create");
        QuestionDraft clean = QuestionRules.validated(draft);
        return tables.call(bank, () -> {
            QuestionId id = tables.of(bank).insert(clean, QuestionStatus.DRAFT, caller.username(), clock.instant(), null);
            record(bank, AuditEvent.created("question", id, summary(clean)));
            return id;
        });
    }

    /**
     * Stores an edit as the next version, a draft: papers and new draws keep the published version
     * until this one is published.
     */
    public QuestionVersion revise(QuestionId id, QuestionDraft draft) {
        Caller caller = requireCurator(id.bank(), "question.revise");
        QuestionDraft clean = QuestionRules.validated(draft);
        return tables.call(id.bank(), () -> {
            QuestionTable table = tables.of(id.bank());
            Question question = table.lock(id).orElseThrow(() -> notFound(caller, id));
            if (question.status() == QuestionStatus.RETIRED) {
                throw new QuestionException("question.error.retired", id.toString());
            }
            int number = question.latest().version() + 1;
            table.insertVersion(id, number, clean, caller.username(), clock.instant());
            record(id.bank(), AuditEvent.changed("question.revised", "question", id, "v" + (number - 1),
                    "v" + number + " " + summary(clean)));
            return table.version(id, number).orElseThrow();
        });
    }

    /** Makes the latest version the one new papers draw; the one published before stays readable. */
    public Question publish(QuestionId id) {
        Caller caller = requireCurator(id.bank(), "question.publish");
        return tables.call(id.bank(), () -> {
            QuestionTable table = tables.of(id.bank());
            Question question = table.lock(id).orElseThrow(() -> notFound(caller, id));
            int latest = question.latest().version();
            if (question.status() == QuestionStatus.PUBLISHED && Integer.valueOf(latest).equals(question.publishedVersion())) {
                throw new QuestionException("question.error.already-published", id.toString());
            }
            table.setStatus(id, QuestionStatus.PUBLISHED, latest, clock.instant());
            record(id.bank(), AuditEvent.changed("question.published", "question", id, state(question),
                    QuestionStatus.PUBLISHED + " v" + latest));
            events.publishEvent(new QuestionsPublished(id.bank()));
            return table.find(id).orElseThrow();
        });
    }

    /** Keeps the question out of new papers; its versions stay readable for the papers that drew them. */
    public Question retire(QuestionId id) {
        Caller caller = requireCurator(id.bank(), "question.retire");
        return tables.call(id.bank(), () -> {
            QuestionTable table = tables.of(id.bank());
            Question question = table.lock(id).orElseThrow(() -> notFound(caller, id));
            if (question.status() == QuestionStatus.RETIRED) {
                throw new QuestionException("question.error.retired", id.toString());
            }
            table.setStatus(id, QuestionStatus.RETIRED, question.publishedVersion(), clock.instant());
            record(id.bank(), AuditEvent.changed("question.retired", "question", id, state(question),
                    QuestionStatus.RETIRED.name()));
            events.publishEvent(new QuestionsPublished(id.bank()));
            return table.find(id).orElseThrow();
        });
    }

    /**
     * Validates every row first and stores all of them as drafts, or none.
     *
     * @throws ImportRejectedException with every bad row
     */
    public List<QuestionId> importDrafts(Bank bank, byte[] xlsx) {
        Caller caller = requireCurator(bank, "question.import");
        List<QuestionDraft> drafts = QuestionWorkbook.read(xlsx);
        return tables.call(bank, () -> {
            List<QuestionId> ids = new ArrayList<>();
            for (QuestionDraft draft : drafts) {
                ids.add(tables.of(bank).insert(draft, QuestionStatus.DRAFT, caller.username(), clock.instant(), null));
            }
            record(bank, AuditEvent.changed("question.imported", "question", "*", null, ids.size() + " drafts"));
            return ids;
        });
    }

    /** The questions of a bank the caller may see that match, the most recently changed first. */
    public List<Question> search(Bank bank, QuestionQuery query, int offset, int limit) {
        return visible(bank, query).map(q -> tables.call(bank, () -> tables.of(bank).search(q, offset, limit)))
                .orElse(List.of());
    }

    public long count(Bank bank, QuestionQuery query) {
        return visible(bank, query).map(q -> tables.call(bank, () -> tables.of(bank).count(q))).orElse(0L);
    }

    /**
     * The published versions papers may draw from: the province's and, inside an institution's
     * context, the institution's own; the query's status is ignored.
     */
    public List<QuestionVersion> published(QuestionQuery query) {
        Caller caller = policy.caller();
        if (!reader(caller)) {
            policy.refused(caller, "question", "*");
            return List.of();
        }
        List<QuestionVersion> all = new ArrayList<>(tables.call(Bank.PROVINCE,
                () -> tables.of(Bank.PROVINCE).published(query)));
        if (TenantContext.current().isPresent() && policy.readerOfCurrentTenant("question").isPresent()) {
            all.addAll(tables.call(Bank.INSTITUTION, () -> tables.of(Bank.INSTITUTION).published(query)));
        }
        return List.copyOf(all);
    }

    /** Empty for an unknown question and one the caller may not see (the refusal recorded). */
    public Optional<Question> find(QuestionId id) {
        Caller caller = policy.caller();
        if (!mayRead(caller, id.bank())) {
            policy.refused(caller, "question", id);
            return Optional.empty();
        }
        Optional<Question> question = tables.call(id.bank(), () -> tables.of(id.bank()).find(id));
        if (question.isEmpty() || !curator(caller, id.bank()) && question.get().publishedVersion() == null) {
            policy.refused(caller, "question", id);
            return Optional.empty();
        }
        return question;
    }

    /**
     * One exact version, as a paper that drew it shows it; curators see drafts too, readers only
     * versions up to the published one.
     */
    public Optional<QuestionVersion> version(QuestionId id, int number) {
        Caller caller = policy.caller();
        return find(id).filter(q -> curator(caller, id.bank()) || q.publishedVersion() != null
                        && number <= q.publishedVersion())
                .flatMap(q -> tables.call(id.bank(), () -> tables.of(id.bank()).version(id, number)));
    }

    /** The versions the caller may see, the newest first. */
    public List<QuestionVersion> versions(QuestionId id) {
        Caller caller = policy.caller();
        return find(id).map(q -> tables.call(id.bank(), () -> tables.of(id.bank()).versions(id)).stream()
                .filter(v -> curator(caller, id.bank()) || q.publishedVersion() != null
                        && v.version() <= q.publishedVersion())
                .toList()).orElse(List.of());
    }

    /** Whether the caller curates {@code bank} (the UI offers the editing actions then). */
    public boolean curates(Bank bank) {
        return curator(policy.caller(), bank);
    }

    private Optional<QuestionQuery> visible(Bank bank, QuestionQuery query) {
        Caller caller = policy.caller();
        if (!mayRead(caller, bank)) {
            policy.refused(caller, "question", "*");
            return Optional.empty();
        }
        if (curator(caller, bank)) {
            return Optional.of(query);
        }
        if (query.status() != null && query.status() != QuestionStatus.PUBLISHED) {
            return Optional.empty();
        }
        return Optional.of(query.withStatus(QuestionStatus.PUBLISHED));
    }

    private boolean mayRead(Caller caller, Bank bank) {
        if (!reader(caller)) {
            return false;
        }
        if (bank == Bank.PROVINCE) {
            return true;
        }
        return TenantContext.current().isPresent() && policy.readerOfCurrentTenant("question").isPresent();
    }

    private static boolean reader(Caller caller) {
        return caller.isSystem() || caller.role() != null && READERS.contains(caller.role());
    }

    private boolean curator(Caller caller, Bank bank) {
        if (caller.isSystem()) {
            return true;
        }
        if (bank == Bank.PROVINCE) {
            return caller.is(Role.PROVINCE_ADMIN);
        }
        return caller.is(Role.INSTITUTION_ADMIN) && TenantContext.current()
                .map(t -> t.value().equals(caller.tenant())).orElse(false);
    }

    private Caller requireCurator(Bank bank, String operation) {
        Caller caller = policy.caller();
        if (bank == Bank.INSTITUTION) {
            if (TenantContext.current().isEmpty()) {
                throw policy.refusal(caller, operation);
            }
            return policy.writerOfCurrentTenant(operation);
        }
        if (!curator(caller, bank)) {
            throw policy.refusal(caller, operation);
        }
        return caller;
    }

    private void record(Bank bank, AuditEvent event) {
        if (bank == Bank.PROVINCE) {
            audit.recordPlatform(event);
        } else {
            audit.record(event);
        }
    }

    private QuestionException notFound(Caller caller, QuestionId id) {
        policy.refused(caller, "question", id);
        return new QuestionException("question.error.not-found", id.toString());
    }

    private static String state(Question question) {
        return question.status() + (question.publishedVersion() == null ? "" : " v" + question.publishedVersion());
    }

    private static String summary(QuestionDraft draft) {
        return draft.type() + " " + draft.knowledgePoint() + " d" + draft.difficulty() + " "
                + QuestionRules.answerText(draft.type(), draft.correct());
    }
}
