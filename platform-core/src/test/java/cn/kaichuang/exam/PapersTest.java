package cn.kaichuang.exam;

import static cn.kaichuang.testsupport.SignedIn.as;
import static cn.kaichuang.testsupport.SignedIn.caller;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kaichuang.identity.AccessRefusedException;
import cn.kaichuang.identity.Caller;
import cn.kaichuang.identity.Role;
import cn.kaichuang.question.Bank;
import cn.kaichuang.question.KnowledgePoint;
import cn.kaichuang.question.QuestionBank;
import cn.kaichuang.question.QuestionDraft;
import cn.kaichuang.question.QuestionId;
import cn.kaichuang.question.QuestionType;
import cn.kaichuang.tenancy.TenantCode;
import cn.kaichuang.tenancy.TenantContext;
import cn.kaichuang.tenancy.TenantDirectory;
import cn.kaichuang.tenancy.TenantProvisioning;
import cn.kaichuang.testsupport.PlatformTest;
import cn.kaichuang.testsupport.Tenants;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Blueprints and papers against real PostgreSQL and the seeded province bank. */
@PlatformTest
class PapersTest {

    private final Papers papers;
    private final QuestionBank bank;
    private final JdbcClient jdbc;
    private final TenantCode tenant;
    private final TenantCode other;
    private final Caller admin = caller("papers-admin", Role.INSTITUTION_ADMIN, "papers", null);
    private final Caller lecturer = caller("papers-lecturer", Role.LECTURER, "papers", null);
    private final Caller trainee = caller("papers-trainee", Role.TRAINEE, "papers", null);
    private final Caller otherAdmin = caller("papers-other-admin", Role.INSTITUTION_ADMIN, "papers-other", null);

    @Autowired
    PapersTest(Papers papers, QuestionBank bank, JdbcClient jdbc, TenantProvisioning provisioning,
            TenantDirectory directory) {
        this.papers = papers;
        this.bank = bank;
        this.jdbc = jdbc;
        this.tenant = Tenants.ensure(provisioning, directory, "papers");
        this.other = Tenants.ensure(provisioning, directory, "papers-other");
    }

    private static Blueprint sybFinal(String name) {
        return new Blueprint(0, name, "SYB", List.of(
                new BlueprintLine(QuestionType.SINGLE_CHOICE, null, 1, 5, 10, 5),
                new BlueprintLine(QuestionType.TRUE_FALSE, null, 1, 5, 10, 3),
                new BlueprintLine(QuestionType.MULTIPLE_CHOICE, null, 1, 5, 5, 4)));
    }

    @Test
    void aCandidatesRetakesNeverRepeatAQuestionAndEveryPaperIsStoredReproducibly() {
        Blueprint blueprint = in(lecturer, () -> papers.save(sybFinal("SYB 结业考试")));
        assertThat(blueprint.id()).isPositive();
        assertThat(blueprint.totalScore()).isEqualTo(100);
        assertThat(in(admin, () -> papers.check(blueprint))).as("feasible").isEmpty();

        Set<QuestionId> seen = new HashSet<>();
        for (int attempt = 1; attempt <= 3; attempt++) {
            Paper paper = in(lecturer, () -> papers.generate(blueprint.id(), "trainee-42"));
            assertThat(paper.attempt()).isEqualTo(attempt);
            assertThat(paper.questions()).hasSize(25);
            assertThat(paper.seed()).isEqualTo(PaperGenerator.seed(blueprint.id(), "trainee-42", attempt));
            paper.questions().forEach(q -> assertThat(seen.add(q.question().id())).isTrue());
            Paper stored = in(admin, () -> papers.paper(paper.id())).orElseThrow();
            assertThat(stored).isEqualTo(paper);
        }
        Paper another = in(lecturer, () -> papers.generate(blueprint.id(), "trainee-43"));
        assertThat(another.questions().stream().map(q -> q.question().id()).toList())
                .isNotEqualTo(in(admin, () -> papers.paper(another.id() - 1)).orElseThrow().questions().stream()
                        .map(q -> q.question().id()).toList());
        Paper preview = in(admin, () -> papers.preview(blueprint, "trainee-43"));
        assertThat(preview.questions()).isEqualTo(another.questions());
        assertThat(TenantContext.call(tenant, () -> jdbc.sql("select action || ' ' || subject_type from "
                + tenant.schemaName() + ".audit_entry order by seq desc limit 1").query(String.class).single()))
                .isEqualTo("exam_paper.created exam_paper");
    }

    @Test
    void aPaperKeepsTheQuestionVersionItDrewAndNewPapersDrawThePublishedOne() {
        QuestionId id = in(admin, () -> bank.create(Bank.INSTITUTION, new QuestionDraft(QuestionType.SINGLE_CHOICE,
                KnowledgePoint.GYB_02, 5, "筛选企业想法时首先看什么？", List.of("市场需求", "个人爱好", "朋友意见"),
                List.of(0), "先看有没有市场需求。")));
        in(admin, () -> bank.publish(id));
        Blueprint blueprint = in(admin, () -> papers.save(new Blueprint(0, "GYB 小测", "GYB",
                List.of(new BlueprintLine(QuestionType.SINGLE_CHOICE, KnowledgePoint.GYB_02, 5, 5, 1, 10)))));
        Paper first = in(admin, () -> papers.generate(blueprint.id(), "candidate-a"));
        assertThat(first.questions()).singleElement().satisfies(q -> {
            assertThat(q.question().id()).isEqualTo(id);
            assertThat(q.question().version()).isEqualTo(1);
        });

        in(admin, () -> bank.revise(id, new QuestionDraft(QuestionType.SINGLE_CHOICE, KnowledgePoint.GYB_02, 5,
                "筛选企业想法时首先要看的是？", List.of("市场需求", "个人爱好", "朋友意见"), List.of(0), "市场需求。")));
        in(admin, () -> bank.publish(id));

        assertThat(in(lecturer, () -> papers.paper(first.id())).orElseThrow().questions()).singleElement()
                .satisfies(q -> assertThat(q.question().stem()).isEqualTo("筛选企业想法时首先看什么？"));
        Paper second = in(admin, () -> papers.generate(blueprint.id(), "candidate-b"));
        assertThat(second.questions()).singleElement().satisfies(q -> {
            assertThat(q.question().version()).as("the cache was evicted on publish").isEqualTo(2);
            assertThat(q.question().stem()).isEqualTo("筛选企业想法时首先要看的是？");
        });

        // A's retake has nothing left to draw: refused with the shortfall named, nothing stored.
        long before = paperCount();
        assertThatThrownBy(() -> in(admin, () -> papers.generate(blueprint.id(), "candidate-a")))
                .isInstanceOf(InfeasibleBlueprintException.class)
                .satisfies(e -> assertThat(((ExamException) e).argument())
                        .isEqualTo("单选题·筛选企业想法·难度5：需要 1 道，可用 0 道"));
        assertThat(paperCount()).isEqualTo(before);
    }

    @Test
    void badBlueprintsAreRefusedAndNothingIsStored() {
        in(admin, () -> papers.save(sybFinal("重名试卷")));
        long before = blueprintCount();
        assertThatThrownBy(() -> in(admin, () -> papers.save(sybFinal("重名试卷")))).hasMessage("exam.error.name-taken");
        assertThatThrownBy(() -> in(admin, () -> papers.save(sybFinal(" ")))).hasMessage("exam.error.name");
        assertThatThrownBy(() -> in(admin, () -> papers.save(new Blueprint(0, "x", "ABC", sybFinal("x").lines()))))
                .hasMessage("exam.error.course");
        assertThatThrownBy(() -> in(admin, () -> papers.save(new Blueprint(0, "x", "SYB", List.of()))))
                .hasMessage("exam.error.no-lines");
        assertThatThrownBy(() -> in(admin, () -> papers.save(new Blueprint(0, "x", "SYB",
                List.of(new BlueprintLine(QuestionType.TRUE_FALSE, null, 1, 5, 0, 1)))))).hasMessage("exam.error.count");
        assertThatThrownBy(() -> in(admin, () -> papers.save(new Blueprint(0, "x", "SYB",
                List.of(new BlueprintLine(QuestionType.TRUE_FALSE, null, 4, 2, 1, 1))))))
                .hasMessage("exam.error.difficulty");
        assertThatThrownBy(() -> in(admin, () -> papers.save(new Blueprint(0, "x", "SYB",
                List.of(new BlueprintLine(QuestionType.TRUE_FALSE, KnowledgePoint.GYB_01, 1, 5, 1, 1))))))
                .hasMessage("exam.error.knowledge-point");
        assertThat(blueprintCount()).isEqualTo(before);

        List<Shortfall> shortfalls = in(admin, () -> papers.check(new Blueprint(0, "超量", "SYB",
                List.of(new BlueprintLine(QuestionType.SINGLE_CHOICE, KnowledgePoint.SYB_03, 3, 3, 200, 2)))));
        assertThat(shortfalls).singleElement().satisfies(s -> assertThat(s.message())
                .startsWith("单选题·市场评估·难度3：需要 200 道，可用 ").endsWith(" 道"));
    }

    @Test
    void anotherInstitutionAndTraineesReachNoBlueprintOrPaper() {
        Blueprint blueprint = in(admin, () -> papers.save(sybFinal("隔离试卷")));
        Paper paper = in(admin, () -> papers.generate(blueprint.id(), "trainee-1"));

        assertThat(TenantContext.call(other, () -> as(otherAdmin, () -> papers.blueprint(blueprint.id())))).isEmpty();
        assertThat(TenantContext.call(other, () -> as(otherAdmin, () -> papers.paper(paper.id())))).isEmpty();
        assertThat(lastPlatformAudit()).startsWith("access.refused exam_paper");
        assertThatThrownBy(() -> TenantContext.call(other, () -> as(otherAdmin,
                () -> papers.generate(blueprint.id(), "trainee-1")))).hasMessage("exam.error.not-found");
        assertThatThrownBy(() -> TenantContext.call(tenant, () -> as(otherAdmin,
                () -> papers.generate(blueprint.id(), "trainee-1")))).isInstanceOf(AccessRefusedException.class);
        assertThat(in(trainee, () -> papers.paper(paper.id()))).isEmpty();
        assertThat(in(trainee, papers::blueprints)).isEmpty();
        assertThatThrownBy(() -> in(trainee, () -> papers.save(sybFinal("学员试卷"))))
                .isInstanceOf(AccessRefusedException.class);
    }

    private long paperCount() {
        return TenantContext.call(tenant, () -> jdbc.sql("select count(*) from " + tenant.schemaName() + ".exam_paper")
                .query(Long.class).single());
    }

    private long blueprintCount() {
        return TenantContext.call(tenant, () -> jdbc.sql("select count(*) from " + tenant.schemaName()
                + ".exam_blueprint").query(Long.class).single());
    }

    private String lastPlatformAudit() {
        return jdbc.sql("select action || ' ' || subject_type || ' ' || subject_id from platform.audit_entry"
                + " order by seq desc limit 1").query(String.class).single();
    }

    private <T> T in(Caller caller, Supplier<T> work) {
        return as(caller, () -> TenantContext.call(tenant, work::get));
    }
}
