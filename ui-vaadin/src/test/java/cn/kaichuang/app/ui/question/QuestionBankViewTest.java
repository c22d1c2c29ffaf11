package cn.kaichuang.app.ui.question;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.kaichuang.app.ui.KaribuTest;
import cn.kaichuang.identity.Caller;
import cn.kaichuang.question.Bank;
import cn.kaichuang.question.KnowledgePoint;
import cn.kaichuang.question.QuestionBank;
import cn.kaichuang.question.QuestionDraft;
import cn.kaichuang.question.QuestionQuery;
import cn.kaichuang.question.QuestionStatus;
import cn.kaichuang.question.QuestionType;
import cn.kaichuang.question.QuestionWorkbook;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 题库 as the province (writing, versioning, publishing, importing) and as an institution admin. */
class QuestionBankViewTest extends KaribuTest {

    @Autowired
    QuestionBank bank;

    @Test
    void theProvinceWritesAQuestionPublishesItAndEditsItIntoAPendingVersion() {
        login("province");
        UI.getCurrent().navigate(QuestionBankView.class);
        QuestionBankView view = _get(QuestionBankView.class);
        assertThat(view.banks.isVisible()).isFalse();
        assertThat(GridKt._size(view.grid)).as("the seed").isGreaterThanOrEqualTo(300);
        view.knowledgePoint.setValue(KnowledgePoint.SYB_07);
        view.type.setValue(QuestionType.MULTIPLE_CHOICE);
        assertThat(GridKt._size(view.grid)).isPositive();
        assertThat(String.join(" ", GridKt._getFormattedRow(view.grid, 0))).contains("多选题", "预测启动资金", "已发布");
        view.knowledgePoint.clear();
        view.type.clear();

        String stem = "界面测试：开业前需要准备哪些事项？" + UUID.randomUUID().toString().substring(0, 6);
        _click(view.create);
        QuestionDialog dialog = _get(QuestionDialog.class);
        dialog.knowledgePoint.setValue(KnowledgePoint.SYB_10);
        dialog.stem.setValue("短");
        dialog.options.get(0).setValue("营业执照");
        dialog.options.get(1).setValue("经营场所");
        dialog.options.get(2).setValue("星座运势");
        dialog.answer.setValue("AB");
        dialog.explanation.setValue("星座与开业无关。");
        _click(dialog.save);
        NotificationsKt.expectNotifications("题干须为 5–500 个字");
        dialog.stem.setValue(stem);
        _click(dialog.save);
        NotificationsKt.expectNotifications("单选题和判断题必须恰好有一个正确答案");
        dialog.type.setValue(QuestionType.MULTIPLE_CHOICE);
        _click(dialog.save);
        NotificationsKt.expectNotifications("已保存为草稿，发布后方可组卷");

        view.search.setValue(stem);
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        assertThat(String.join(" ", GridKt._getFormattedRow(view.grid, 0))).contains(stem, "多选题", "AB", "草稿", "未发布");

        _click(_get(GridKt._getCellComponent(view.grid, 0, "actions"), Button.class, spec -> spec.withText("发布")));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        ComponentUtil.fireEvent(confirm, new ConfirmDialog.ConfirmEvent(confirm, false));
        confirm.close();
        assertThat(String.join(" ", GridKt._getFormattedRow(view.grid, 0))).contains("已发布", "v1");

        _click(_get(GridKt._getCellComponent(view.grid, 0, "actions"), Button.class, spec -> spec.withText("修改")));
        QuestionDialog edit = _get(QuestionDialog.class);
        assertThat(edit.answer.getValue()).isEqualTo("AB");
        edit.options.get(3).setValue("银行账户");
        edit.answer.setValue("ABD");
        _click(edit.save);
        NotificationsKt.expectNotifications("已发布", "已保存为新版本草稿，发布后替换原版本");
        assertThat(String.join(" ", GridKt._getFormattedRow(view.grid, 0))).contains("ABD", "v1（待发布 v2）");
        assertThat(bank.published(new QuestionQuery(stem, null, null, null, null))).singleElement()
                .satisfies(v -> assertThat(v.answerText()).as("papers still draw v1").isEqualTo("AB"));
    }

    @Test
    void anImportWithABadRowImportsNothingAndListsTheRowAGoodOneImportsDrafts() {
        login("province");
        UI.getCurrent().navigate(QuestionBankView.class);
        QuestionBankView view = _get(QuestionBankView.class);
        _click(view.importButton);
        QuestionImportDialog dialog = _get(QuestionImportDialog.class);
        String tag = UUID.randomUUID().toString().substring(0, 6);
        long before = bank.count(Bank.PROVINCE, QuestionQuery.all());

        dialog.importFile("题目.xlsx", xlsx(List.of(
                List.of("单选", "市场评估", "2", "导入界面测试一" + tag, "甲", "乙", "丙", "", "", "", "A", "解析"),
                List.of("判断", "市场评估", "2", "导入界面测试二" + tag, "", "", "", "", "", "", "也许", "解析"))));
        assertThat(dialog.outcome.getText()).isEqualTo("有 1 行不符合要求，未导入任何题目");
        assertThat(dialog.problems.isVisible()).isTrue();
        assertThat(GridKt._getFormattedRow(dialog.problems, 0)).containsExactly("3", "判断题答案须为“对”或“错”（填写的是“也许”）");
        assertThat(dialog.report.isVisible()).isTrue();
        assertThat(bank.count(Bank.PROVINCE, QuestionQuery.all())).isEqualTo(before);

        dialog.importFile("题目.txt", new byte[] {1, 2, 3});
        assertThat(dialog.outcome.getText()).isEqualTo("请上传 Excel 文件（.xlsx）");

        dialog.importFile("题目.xlsx", xlsx(List.of(
                List.of("单选", "市场评估", "2", "导入界面测试一" + tag, "甲", "乙", "丙", "", "", "", "A", "解析"),
                List.of("判断", "开办企业", "1", "导入界面测试二" + tag, "", "", "", "", "", "", "错", "解析"))));
        assertThat(dialog.outcome.getText()).isEqualTo("已导入 2 道题目（草稿）");
        assertThat(dialog.problems.isVisible()).isFalse();
        view.search.setValue(tag);
        view.status.setValue(QuestionStatus.DRAFT);
        assertThat(GridKt._size(view.grid)).isEqualTo(2);
    }

    @Test
    void anInstitutionAdminEditsTheirOwnQuestionsAndReadsThePublishedProvinceBank() {
        Caller admin = login("admin1");
        asTenantOf(admin, () -> {
            UI.getCurrent().navigate(QuestionBankView.class);
            QuestionBankView view = _get(QuestionBankView.class);
            assertThat(view.banks.isVisible()).isTrue();
            assertThat(view.shownBank()).isEqualTo(Bank.INSTITUTION);
            assertThat(view.create.isVisible()).isTrue();

            String stem = "机构界面测试：本机构的补充题" + UUID.randomUUID().toString().substring(0, 6);
            _click(view.create);
            QuestionDialog dialog = _get(QuestionDialog.class);
            dialog.type.setValue(QuestionType.TRUE_FALSE);
            assertThat(dialog.options.get(0).isVisible()).isFalse();
            dialog.knowledgePoint.setValue(KnowledgePoint.GYB_01);
            dialog.stem.setValue(stem);
            dialog.answer.setValue("对");
            dialog.explanation.setValue("机构补充的解析。");
            _click(dialog.save);
            NotificationsKt.expectNotifications("已保存为草稿，发布后方可组卷");
            view.search.setValue(stem);
            assertThat(GridKt._size(view.grid)).isEqualTo(1);
            assertThat(String.join(" ", GridKt._getFormattedRow(view.grid, 0))).contains("判断题", "GYB", "对", "草稿");

            view.search.clear();
            view.banks.setSelectedIndex(1);
            assertThat(view.shownBank()).isEqualTo(Bank.PROVINCE);
            assertThat(view.create.isVisible()).isFalse();
            assertThat(view.importButton.isVisible()).isFalse();
            assertThat(GridKt._size(view.grid)).isGreaterThanOrEqualTo(300);
            assertThat(String.join(" ", GridKt._getFormattedRow(view.grid, 0))).contains("已发布");
            assertThat(GridKt._getCellComponent(view.grid, 0, "actions").getChildren()).isEmpty();
            view.search.setValue(stem);
            assertThat(GridKt._size(view.grid)).as("the institution's question is not in the province bank").isZero();
        });
    }

    @Test
    void theExportReadsBackAsTheSameQuestionsAndTheTemplateImports() throws IOException {
        login("province");
        QuestionQuery query = new QuestionQuery(null, null, KnowledgePoint.SYB_05, null, QuestionStatus.PUBLISHED);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int rows = QuestionExcel.export(bank, Bank.PROVINCE, query, out);
        List<QuestionDraft> exported = QuestionWorkbook.read(out.toByteArray());
        List<QuestionDraft> listed = bank.search(Bank.PROVINCE, query, 0, 1000).stream().map(q -> q.latest().draft())
                .toList();
        assertThat(rows).isGreaterThanOrEqualTo(20);
        assertThat(exported).isEqualTo(listed);

        ByteArrayOutputStream template = new ByteArrayOutputStream();
        QuestionExcel.template(template);
        assertThat(QuestionWorkbook.read(template.toByteArray())).extracting(QuestionDraft::type)
                .containsExactly(QuestionType.TRUE_FALSE, QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_CHOICE);
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
            throw new java.io.UncheckedIOException(e);
        }
    }
}
