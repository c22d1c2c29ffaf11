package cn.kaichuang.app.ui.exam;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.kaichuang.app.ui.KaribuTest;
import cn.kaichuang.cohort.CohortView;
import cn.kaichuang.cohort.Cohorts;
import cn.kaichuang.exam.Blueprint;
import cn.kaichuang.exam.BlueprintLine;
import cn.kaichuang.exam.ExamSittings;
import cn.kaichuang.exam.MarkingRule;
import cn.kaichuang.exam.NewSitting;
import cn.kaichuang.exam.Papers;
import cn.kaichuang.exam.Sitting;
import cn.kaichuang.exam.SittingResults;
import cn.kaichuang.identity.Caller;
import cn.kaichuang.question.QuestionType;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 考试安排 for lecturer1, 我的考试 and the exam page for trainee1, each on a sitting of its own. */
class ExamViewsTest extends KaribuTest {

    private static final String RUNNING = "2026年第12期 SYB 创业培训班";

    @Autowired
    Papers papers;
    @Autowired
    ExamSittings sittings;
    @Autowired
    Cohorts cohorts;

    @Test
    void aLecturerSchedulesASittingAndReadsItsResultsAndExport() {
        Caller lecturer = login("lecturer1");
        asTenantOf(lecturer, () -> {
            String suffix = UUID.randomUUID().toString().substring(0, 6);
            Blueprint blueprint = papers.save(quiz("界面考试方案" + suffix));
            UI.getCurrent().navigate(ExamSittingsView.class);
            ExamSittingsView view = _get(ExamSittingsView.class);
            view.name.setValue("界面考试" + suffix);
            view.blueprint.setValue(view.blueprint.getListDataView().getItems()
                    .filter(b -> b.id() == blueprint.id()).findFirst().orElseThrow());
            view.cohort.setValue(view.cohort.getListDataView().getItems().filter(c -> c.name().equals(RUNNING))
                    .findFirst().orElseThrow());
            view.passMark.setValue(1000);
            _click(view.schedule);
            NotificationsKt.expectNotifications("及格分须在 0 至总分 20 之间");
            view.passMark.setValue(12);
            view.rule.setValue(MarkingRule.ALL_OR_NOTHING);
            _click(view.schedule);
            NotificationsKt.expectNotifications("已安排考试“界面考试" + suffix + "”");

            Sitting scheduled = sittings.sittings().stream().filter(s -> s.name().equals("界面考试" + suffix))
                    .findFirst().orElseThrow();
            assertThat(scheduled.passMark()).isEqualTo(12);
            assertThat(scheduled.rule()).isEqualTo(MarkingRule.ALL_OR_NOTHING);
            assertThat(view.grid.getListDataView().getItems()).contains(scheduled);
            assertThat(view.detail.isVisible()).isTrue();
            SittingResults results = sittings.results(scheduled.id()).orElseThrow();
            assertThat(GridKt._size(view.results)).isEqualTo(results.candidates().size()).isPositive();
            assertThat(view.summary.getText()).isEqualTo("应考 " + results.candidates().size()
                    + " 人，实考 0 人，及格 0 人（及格率 0%），平均分 0");
            assertThat(GridKt._getFormattedRow(view.results, 0)).contains("未参加");

            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                ResultsExcel.write(results, view::getTranslation, out);
                try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
                    List<Row> rows = workbook.getFirstSheet().read();
                    assertThat(rows).hasSize(results.candidates().size() + 1);
                    assertThat(rows.getFirst().getCellText(0)).isEqualTo("姓名");
                    assertThat(rows.get(1).getCellText(0)).isEqualTo(results.candidates().getFirst().name());
                    assertThat(rows.get(1).getCellText(3)).isEqualTo("未参加");
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void aTraineeStartsAnswersResumesAndSubmitsOnThePhonePage() {
        Sitting sitting = asAdmin(() -> {
            Blueprint blueprint = papers.save(quiz("学员界面方案" + UUID.randomUUID().toString().substring(0, 6)));
            CohortView cohort = cohorts.all().stream().filter(c -> c.name().equals(RUNNING)).findFirst().orElseThrow();
            Instant now = Instant.now();
            return sittings.schedule(new NewSitting("学员界面考试" + UUID.randomUUID().toString().substring(0, 4),
                    blueprint.id(), cohort.id().value(), now.minusSeconds(60), now.plus(Duration.ofHours(2)), 20, 1,
                    0, MarkingRule.PARTIAL));
        });
        Caller trainee = login("trainee1");
        asTenantOf(trainee, () -> {
            UI.getCurrent().navigate(MyExamsView.class);
            MyExamsView list = _get(MyExamsView.class);
            assertThat(list.cards.getElement().getTextRecursively()).contains(sitting.name()).contains("可以参加");
            _click(_get(Button.class, spec -> spec.withId("exam-go-" + sitting.id())));

            ExamPage page = _get(ExamPage.class);
            assertThat(page.title.getText()).isEqualTo(sitting.name());
            assertThat(page.timer.getText()).isIn("20:00", "19:59");
            assertThat(page.progress.getText()).startsWith("第 1/4 题");
            assertThat(page.previous.isEnabled()).isFalse();
            _click(page.next);
            assertThat(page.progress.getText()).startsWith("第 2/4 题");
            boolean one = page.single.isVisible();
            if (one) {
                page.single.setValue(1);
            } else {
                page.multiple.setValue(java.util.Set.of(1));
            }
            assertThat(page.saveState.getText()).startsWith("已保存 ");
            page.focusLost();

            // A reload: the answer and the server's time come back.
            UI.getCurrent().navigate(MyExamsView.class);
            assertThat(_get(MyExamsView.class).cards.getElement().getTextRecursively()).contains("考试中");
            _click(_get(Button.class, spec -> spec.withId("exam-go-" + sitting.id())));
            ExamPage reloaded = _get(ExamPage.class);
            assertThat(reloaded.saveState.getText()).isEqualTo("已恢复 1 道题的答案");
            _click(reloaded.next);
            if (one) {
                assertThat(reloaded.single.getValue()).isEqualTo(1);
            } else {
                assertThat(reloaded.multiple.getValue()).containsExactly(1);
            }

            _click(reloaded.submit);
            ConfirmDialog confirm = _get(ConfirmDialog.class);
            assertThat(ConfirmDialogKt.getText(confirm)).isEqualTo("还有 3 道题未作答。交卷后不能再修改，确定交卷吗？");
            ConfirmDialogKt._fireConfirm(confirm);
            assertThat(reloaded.result.isVisible()).isTrue();
            assertThat(reloaded.paper.isVisible()).isFalse();
            assertThat(reloaded.result.getElement().getTextRecursively()).contains("及格").contains("/20 分（及格 0 分）");
        });
        SittingResults results = asAdmin(() -> sittings.results(sitting.id()).orElseThrow());
        assertThat(results.sat()).isEqualTo(1);
        assertThat(results.candidates()).filteredOn(c -> "trainee1".equals(c.candidate())).singleElement()
                .satisfies(c -> assertThat(c.focusLosses()).isEqualTo(1));
    }

    private <T> T asAdmin(java.util.function.Supplier<T> work) {
        Caller admin = login("admin1");
        Object[] result = new Object[1];
        asTenantOf(admin, () -> result[0] = work.get());
        @SuppressWarnings("unchecked")
        T value = (T) result[0];
        return value;
    }

    private static Blueprint quiz(String name) {
        return new Blueprint(0, name, "SYB", List.of(
                new BlueprintLine(QuestionType.SINGLE_CHOICE, null, 1, 5, 3, 5),
                new BlueprintLine(QuestionType.MULTIPLE_CHOICE, null, 1, 5, 1, 5)));
    }

}
