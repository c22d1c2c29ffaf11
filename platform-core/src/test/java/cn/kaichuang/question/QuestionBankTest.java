package cn.kaichuang.question;

import static cn.kaichuang.testsupport.SignedIn.as;
import static cn.kaichuang.testsupport.SignedIn.caller;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kaichuang.identity.AccessRefusedException;
import cn.kaichuang.identity.Caller;
import cn.kaichuang.identity.Role;
import cn.kaichuang.question.internal.ProvinceBankSeeding;
import cn.kaichuang.tenancy.TenantCode;
import cn.kaichuang.tenancy.TenantContext;
import cn.kaichuang.tenancy.TenantDirectory;
import cn.kaichuang.tenancy.TenantProvisioning;
import cn.kaichuang.testsupport.PlatformTest;
import cn.kaichuang.testsupport.Tenants;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The question bank against real PostgreSQL: versions, review, validation, import, seed, isolation. */
@PlatformTest
class QuestionBankTest {

    private static final Caller PROVINCE = caller("province", Role.PROVINCE_ADMIN, null, null);

    private final QuestionBank bank;
    private final ProvinceBankSeeding seeding;
    private final JdbcClient jdbc;
    private final TenantCode tenant;
    private final TenantCode other;
    private final Caller admin;
    private final Caller otherAdmin;
    private final Caller lecturer;
    private final Caller trainee;

    @Autowired
    QuestionBankTest(QuestionBank bank, ProvinceBankSeeding seeding, JdbcClient jdbc, TenantProvisioning provisioning,
            TenantDirectory directory) {
        this.bank = bank;
        this.seeding = seeding;
        this.jdbc = jdbc;
        this.tenant = Tenants.ensure(provisioning, directory, "qbank");
        this.other = Tenants.ensure(provisioning, directory, "qbank-other");
        this.admin = caller("qbank-admin", Role.INSTITUTION_ADMIN, "qbank", null);
        this.otherAdmin = caller("qbank-other-admin", Role.INSTITUTION_ADMIN, "qbank-other", null);
        this.lecturer = caller("qbank-lecturer", Role.LECTURER, "qbank", null);
        this.trainee = caller("qbank-trainee", Role.TRAINEE, "qbank", null);
    }

    @Test
    void theSeedHasThreeHundredValidQuestionsOverEverySybModuleAndTypeAndIsLoadedOnce() {
        List<QuestionSeed.Entry> seed = QuestionSeed.load();
        assertThat(seed).hasSizeGreaterThanOrEqualTo(300);
        assertThat(seed.stream().map(e -> e.draft().knowledgePoint()).collect(Collectors.toSet()))
                .containsAll(Arrays.stream(KnowledgePoint.values()).filter(k -> k.course().equals("SYB")).toList());
        assertThat(seed.stream().map(e -> e.draft().type()).collect(Collectors.toSet()))
                .isEqualTo(EnumSet.allOf(QuestionType.class));
        seed.forEach(e -> assertThat(QuestionRules.validated(e.draft())).isEqualTo(e.draft()));
        assertThat(seed.stream().map(e -> e.draft().stem()).distinct().count()).isEqualTo(seed.size());
        for (KnowledgePoint point : KnowledgePoint.values()) {
            if (point.course().equals("SYB")) {
                assertThat(seed.stream().filter(e -> e.draft().knowledgePoint() == point).count())
                        .as(point.name()).isGreaterThanOrEqualTo(20);
            }
        }

        // Loaded at start-up as published; a second run adds nothing.
        assertThat(seeded()).isEqualTo(seed.size());
        assertThat(seeding.seed()).isZero();
        assertThat(bank.seedProvinceBank()).as("the platform's call").isZero();
        assertThatThrownBy(() -> as(PROVINCE, bank::seedProvinceBank)).isInstanceOf(AccessRefusedException.class);
        assertThat(seeded()).isEqualTo(seed.size());
        assertThat(as(lecturer, () -> bank.published(new QuestionQuery(null, null, KnowledgePoint.SYB_07, null, null))))
                .hasSizeGreaterThanOrEqualTo(20).allSatisfy(v -> assertThat(v.id().bank()).isEqualTo(Bank.PROVINCE));
    }

    @Test
    void editingAPublishedQuestionAddsADraftVersionThatSupersedesTheOldOnlyWhenPublished() {
        QuestionId id = as(PROVINCE, () -> bank.create(Bank.PROVINCE, single("版本测试：现金日记账记录什么？", 0)));
        assertThat(as(lecturer, () -> bank.find(id))).as("a draft is the province's").isEmpty();
        assertThat(lastPlatformAudit()).isEqualTo("access.refused question -/" + id);

        Question published = as(PROVINCE, () -> bank.publish(id));
        assertThat(published.status()).isEqualTo(QuestionStatus.PUBLISHED);
        assertThat(published.publishedVersion()).isEqualTo(1);

        QuestionVersion v2 = as(PROVINCE, () -> bank.revise(id, single("版本测试：现金日记账记录的是？", 1)));
        assertThat(v2.version()).isEqualTo(2);
        assertThat(drawn(id)).singleElement().satisfies(v -> {
            assertThat(v.version()).isEqualTo(1);
            assertThat(v.correct()).containsExactly(0);
        });
        assertThat(as(lecturer, () -> bank.version(id, 2))).as("a pending draft").isEmpty();
        assertThat(as(PROVINCE, () -> bank.find(id)).orElseThrow().hasPendingDraft()).isTrue();

        as(PROVINCE, () -> bank.publish(id));
        assertThat(drawn(id)).singleElement().satisfies(v -> {
            assertThat(v.version()).isEqualTo(2);
            assertThat(v.stem()).isEqualTo("版本测试：现金日记账记录的是？");
            assertThat(v.answerText()).isEqualTo("B");
        });
        QuestionVersion old = as(lecturer, () -> bank.version(id, 1)).orElseThrow();
        assertThat(old.stem()).isEqualTo("版本测试：现金日记账记录什么？");
        assertThat(old.isCorrect(List.of(0))).isTrue();
        assertThat(as(lecturer, () -> bank.versions(id))).extracting(QuestionVersion::version).containsExactly(2, 1);
        assertThatThrownBy(() -> as(PROVINCE, () -> bank.publish(id))).isInstanceOf(QuestionException.class)
                .hasMessage("question.error.already-published");

        as(PROVINCE, () -> bank.retire(id));
        assertThat(drawn(id)).isEmpty();
        assertThat(as(lecturer, () -> bank.version(id, 2))).as("papers that drew it still read it").isPresent();
        assertThat(platformActions(4)).containsExactly("question.retired", "question.published", "question.revised",
                "question.published");
    }

    @Test
    void invalidQuestionsAndForeignWritersAreRefusedAndNothingIsStored() {
        long before = as(PROVINCE, () -> bank.count(Bank.PROVINCE, QuestionQuery.all()));
        List<QuestionDraft> bad = List.of(
                new QuestionDraft(QuestionType.TRUE_FALSE, KnowledgePoint.SYB_01, 2, "判断题却有三个选项？",
                        List.of("对", "错", "不确定"), List.of(0), "解析"),
                new QuestionDraft(QuestionType.SINGLE_CHOICE, KnowledgePoint.SYB_01, 2, "单选题却有两个答案？",
                        List.of("甲", "乙", "丙"), List.of(0, 1), "解析"),
                new QuestionDraft(QuestionType.MULTIPLE_CHOICE, KnowledgePoint.SYB_01, 2, "多选题只有一个答案？",
                        List.of("甲", "乙", "丙"), List.of(2), "解析"),
                new QuestionDraft(QuestionType.MULTIPLE_CHOICE, KnowledgePoint.SYB_01, 2, "多选题有七个选项？",
                        List.of("1", "2", "3", "4", "5", "6", "7"), List.of(0, 1), "解析"),
                new QuestionDraft(QuestionType.SINGLE_CHOICE, KnowledgePoint.SYB_01, 6, "难度超出范围的题目？",
                        List.of("甲", "乙", "丙"), List.of(0), "解析"),
                new QuestionDraft(QuestionType.SINGLE_CHOICE, KnowledgePoint.SYB_01, 3, "短？",
                        List.of("甲", "乙", "丙"), List.of(0), "解析"),
                new QuestionDraft(QuestionType.SINGLE_CHOICE, KnowledgePoint.SYB_01, 3, "没有解析的题目？",
                        List.of("甲", "乙", "丙"), List.of(0), " "),
                new QuestionDraft(QuestionType.SINGLE_CHOICE, KnowledgePoint.SYB_01, 3, "答案超出选项的题目？",
                        List.of("甲", "乙", "丙"), List.of(3), "解析"));
        List<String> keys = bad.stream().map(d -> {
            try {
                as(PROVINCE, () -> bank.create(Bank.PROVINCE, d));
                return "stored";
            } catch (QuestionException e) {
                return e.messageKey();
            }
        }).toList();
        assertThat(keys).containsExactly("question.error.true-false-options", "question.error.single-answer",
                "question.error.multiple-answer", "question.error.option-count", "question.error.difficulty",
                "question.error.stem", "question.error.explanation", "question.error.answer-range");

        assertThatThrownBy(() -> as(lecturer, () -> bank.create(Bank.PROVINCE, single("讲师不能改省级题库吗？", 0))))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> inTenant(admin, () -> bank.create(Bank.PROVINCE, single("机构管理员改省级题库？", 0))))
                .isInstanceOf(AccessRefusedException.class);
        assertThat(as(PROVINCE, () -> bank.count(Bank.PROVINCE, QuestionQuery.all()))).isEqualTo(before);
        assertThat(as(trainee, () -> bank.published(QuestionQuery.all()))).as("trainees never see the bank").isEmpty();
    }

    @Test
    void anImportStoresEveryRowAsDraftOrNothingWithRowLevelReasons() {
        long before = inTenant(admin, () -> bank.count(Bank.INSTITUTION, QuestionQuery.all()));
        byte[] good = xlsx(List.of(
                List.of("判断", "市场评估", "2", "导入：顾客投诉毫无价值。", "", "", "", "", "", "", "错", "投诉是改进的信息来源。"),
                List.of("单选", "SYB_07", "3", "导入：下列哪项属于流动资金？", "装修", "设备", "原材料", "", "", "", "C",
                        "原材料属于流动资金。"),
                List.of("多选", "制定利润计划", "4", "导入：下列属于固定成本的有？", "租金", "原材料", "固定工资", "折旧", "", "",
                        "A,C,D", "随销量变化的是可变成本。")));
        List<QuestionId> ids = inTenant(admin, () -> bank.importDrafts(Bank.INSTITUTION, good));
        assertThat(ids).hasSize(3).allSatisfy(id -> assertThat(id.bank()).isEqualTo(Bank.INSTITUTION));
        Question multiple = inTenant(admin, () -> bank.find(ids.get(2))).orElseThrow();
        assertThat(multiple.status()).isEqualTo(QuestionStatus.DRAFT);
        assertThat(multiple.latest().correct()).containsExactly(0, 2, 3);
        assertThat(multiple.latest().knowledgePoint()).isEqualTo(KnowledgePoint.SYB_08);
        assertThat(inTenant(admin, () -> bank.find(ids.get(0))).orElseThrow().latest().answerText()).isEqualTo("错");

        byte[] bad = xlsx(List.of(
                List.of("单选", "市场评估", "2", "导入：这一行本身没有问题。", "甲", "乙", "丙", "", "", "", "A", "解析"),
                List.of("问答", "市场评估", "2", "导入：题型不对的一行。", "甲", "乙", "丙", "", "", "", "A", "解析"),
                List.of("多选", "市场评估", "2", "导入：多选只有一个答案。", "甲", "乙", "丙", "", "", "", "B", "解析"),
                List.of("单选", "不存在的模块", "2", "导入：知识点不对的一行。", "甲", "乙", "丙", "", "", "", "A", "解析")));
        assertThatThrownBy(() -> inTenant(admin, () -> bank.importDrafts(Bank.INSTITUTION, bad)))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.problems())
                        .containsExactly(new ImportProblem(3, "question.error.type", "问答"),
                                new ImportProblem(4, "question.error.multiple-answer", ""),
                                new ImportProblem(5, "question.error.knowledge-point", "不存在的模块")));
        assertThatThrownBy(() -> inTenant(admin, () -> bank.importDrafts(Bank.INSTITUTION, "不是表格".getBytes())))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.problems())
                        .containsExactly(new ImportProblem(0, "question.error.import-not-xlsx", "")));
        assertThat(inTenant(admin, () -> bank.count(Bank.INSTITUTION, QuestionQuery.all()))).isEqualTo(before + 3);
    }

    @Test
    void institutionAdditionsAreTheInstitutionsOwn() {
        QuestionId id = inTenant(admin, () -> bank.create(Bank.INSTITUTION, single("机构自编：本机构的题目？", 1)));
        inTenant(admin, () -> bank.publish(id));
        assertThat(inTenant(lecturer, () -> bank.published(QuestionQuery.all())))
                .anySatisfy(v -> assertThat(v.id()).isEqualTo(id))
                .anySatisfy(v -> assertThat(v.id().bank()).isEqualTo(Bank.PROVINCE));
        assertThat(inTenant(lecturer, () -> bank.version(id, 1))).isPresent();
        assertThatThrownBy(() -> inTenant(lecturer, () -> bank.revise(id, single("讲师修改机构题目？", 0))))
                .isInstanceOf(AccessRefusedException.class);

        // The other institution neither finds the id nor draws the question.
        assertThat(TenantContext.call(other, () -> as(otherAdmin, () -> bank.find(id)))).isEmpty();
        assertThat(lastPlatformAudit()).isEqualTo("access.refused question qbank-other/" + id);
        assertThat(TenantContext.call(other, () -> as(otherAdmin, () -> bank.published(QuestionQuery.all()))))
                .noneSatisfy(v -> assertThat(v.stem()).isEqualTo("机构自编：本机构的题目？"));
        assertThatThrownBy(() -> TenantContext.call(other, () -> as(otherAdmin, () -> bank.publish(id))))
                .isInstanceOf(QuestionException.class).hasMessage("question.error.not-found");
        // Nor does this institution's admin reach into the other's schema.
        assertThat(TenantContext.call(other, () -> as(admin, () -> bank.search(Bank.INSTITUTION, QuestionQuery.all(), 0, 10))))
                .isEmpty();
        assertThat(lastPlatformAudit()).startsWith("access.refused question");
        assertThatThrownBy(() -> TenantContext.call(other, () -> as(admin,
                () -> bank.create(Bank.INSTITUTION, single("越权写入别的机构？", 0))))).isInstanceOf(AccessRefusedException.class);

        assertThat(TenantContext.call(tenant, () -> jdbc.sql("select action from " + tenant.schemaName()
                + ".audit_entry order by seq desc limit 2").query(String.class).list()))
                .containsExactly("question.published", "question.created");
        assertThat(inTenant(admin, () -> bank.search(Bank.INSTITUTION,
                new QuestionQuery("本机构", QuestionType.SINGLE_CHOICE, KnowledgePoint.SYB_03, 2, QuestionStatus.PUBLISHED),
                0, 10))).extracting(Question::id).containsExactly(id);
    }

    private long seeded() {
        return jdbc.sql("select count(*) from platform.question where seed_key is not null and status = 'PUBLISHED'")
                .query(Long.class).single();
    }

    private List<QuestionVersion> drawn(QuestionId id) {
        return as(lecturer, () -> bank.published(QuestionQuery.all())).stream().filter(v -> v.id().equals(id)).toList();
    }

    private static QuestionDraft single(String stem, int correct) {
        return new QuestionDraft(QuestionType.SINGLE_CHOICE, KnowledgePoint.SYB_03, 2, stem,
                List.of("每天的现金收入和支出", "员工的考勤", "顾客的意见"), List.of(correct), "现金日记账逐笔记录现金收支。");
    }

    private String lastPlatformAudit() {
        return jdbc.sql("select action || ' ' || subject_type || ' ' || subject_id from platform.audit_entry"
                + " order by seq desc limit 1").query(String.class).single();
    }

    private List<String> platformActions(int last) {
        return jdbc.sql("select action from platform.audit_entry order by seq desc limit ?").param(last)
                .query(String.class).list();
    }

    private <T> T inTenant(Caller caller, Supplier<T> work) {
        return as(caller, () -> TenantContext.call(tenant, work::get));
    }

    private static byte[] xlsx(List<List<String>> rows) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Workbook workbook = new Workbook(out, "test", "1.0");
            Worksheet sheet = workbook.newWorksheet("题目");
            for (int c = 0; c < QuestionWorkbook.HEADERS.size(); c++) {
                sheet.value(0, c, QuestionWorkbook.HEADERS.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < rows.get(r).size(); c++) {
                    if (!rows.get(r).get(c).isEmpty()) {
                        sheet.value(r + 1, c, rows.get(r).get(c));
                    }
                }
            }
            workbook.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
