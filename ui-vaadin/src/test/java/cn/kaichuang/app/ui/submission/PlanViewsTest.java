package cn.kaichuang.app.ui.submission;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.kaichuang.app.ui.KaribuTest;
import cn.kaichuang.identity.Caller;
import cn.kaichuang.submission.MyPlan;
import cn.kaichuang.submission.PlanSection;
import cn.kaichuang.submission.PlanType;
import cn.kaichuang.submission.SubmissionRow;
import cn.kaichuang.submission.SubmissionStatus;
import cn.kaichuang.submission.Submissions;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;

/** 我的创业计划 as trainee1 and 计划书提交 as admin1, on the demo institution. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlanViewsTest extends KaribuTest {

    @Autowired
    Submissions submissions;

    @Test
    @Order(1)
    void theTraineeWritesSeesTotalsLiveSavesVersionsAndSubmits() {
        Caller trainee = login("trainee1");
        asTenantOf(trainee, () -> {
            UI.getCurrent().navigate(MyPlanView.class);
            MyPlanView view = _get(MyPlanView.class);
            assertThat(view.cohort.isVisible()).as("trainee1 is in two cohorts").isTrue();
            view.cohort.setValue(view.cohort.getListDataView().getItems()
                    .filter(c -> PlanType.forCourse(c.courseType()) == PlanType.SYB_PLAN).findFirst().orElseThrow());
            PlanForm form = view.form;
            assertThat(form).isNotNull();
            MyPlan before = view.plan;
            assertThat(before.type()).as("the SYB cohort of trainee1")
                    .isEqualTo(PlanType.SYB_PLAN);
            int versionsBefore = before.latestVersion();

            _get(form, TextField.class, spec -> spec.withLabel("企业名称")).setValue("岳麓面包坊");
            _get(form, TextField.class, spec -> spec.withLabel("创业者姓名")).setValue("张三");
            _get(form, TextArea.class, spec -> spec.withLabel("目标顾客")).setValue("周边大学生");
            _get(form, TextArea.class, spec -> spec.withLabel("产品（Product）")).setValue("现烤面包");
            assertThat(view.dirty).isTrue();

            {
                form.panel(PlanSection.FIXED_ASSETS).setOpened(true);
                // Other test classes in this context may have written trainee1's plan already.
                BigDecimal already = yuan(form.startupTotalText());
                _click(_get(form, Button.class, spec -> spec.withText("添加固定资产")));
                var assets = form.panel(PlanSection.FIXED_ASSETS);
                _find(assets, TextField.class, spec -> spec.withLabel("项目")).getLast().setValue("烤箱");
                BigDecimalField quantity = _find(assets, BigDecimalField.class, spec -> spec.withLabel("数量"))
                        .getLast();
                quantity.setValue(new BigDecimal("2"));
                _find(assets, BigDecimalField.class, spec -> spec.withLabel("单价（元）")).getLast()
                        .setValue(new BigDecimal("6800.50"));
                assertThat(yuan(form.startupTotalText())).as("computed live")
                        .isEqualByComparingTo(already.add(new BigDecimal("13601.00")));

                // A negative price is refused with the section named, and nothing is saved.
                quantity.setValue(new BigDecimal("-1"));
                _click(_get(view, Button.class, spec -> spec.withText("保存草稿")));
                NotificationsKt.expectNotifications(
                        "“固定资产”中的金额或数量须为 0 到 100 亿之间、最多两位小数，未保存");
                assertThat(submissions.mine(before.cohort().id()).latestVersion()).isEqualTo(versionsBefore);
                quantity.setValue(new BigDecimal("2"));
            }

            _click(_get(view, Button.class, spec -> spec.withText("保存草稿")));
            NotificationsKt.expectNotifications("已保存为第 " + (versionsBefore + 1) + " 版");
            // Moving to another section saves again only when something changed.
            form.open(1);
            assertThat(submissions.mine(before.cohort().id()).latestVersion()).isEqualTo(versionsBefore + 1);
            _get(form, TextField.class, spec -> spec.withLabel("学历")).setValue("大专");
            form.open(2);
            assertThat(submissions.mine(before.cohort().id()).latestVersion()).isEqualTo(versionsBefore + 2);

            _click(_get(view, Button.class, spec -> spec.withText("历史版本")));
            Dialog versions = _get(Dialog.class, spec -> spec.withClasses("kc-plan-versions"));
            List<Button> restore = _find(versions, Button.class, spec -> spec.withText("恢复"));
            assertThat(restore).hasSize(versionsBefore + 2);
            _click(restore.getLast());
            NotificationsKt.expectNotifications("已将第 1 版恢复为第 " + (versionsBefore + 3) + " 版");

            _get(view.form, TextField.class, spec -> spec.withLabel("企业名称")).setValue("岳麓面包坊");
            _get(view.form, TextField.class, spec -> spec.withLabel("创业者姓名")).setValue("张三");
            _get(view.form, TextArea.class, spec -> spec.withLabel("目标顾客")).setValue("周边大学生");
            _get(view.form, TextArea.class, spec -> spec.withLabel("产品（Product）")).setValue("现烤面包");
            {
                view.form.panel(PlanSection.SALES_FORECAST).setOpened(true);
                _click(_get(view.form, Button.class, spec -> spec.withText("添加产品")));
                _find(view.form, TextField.class, spec -> spec.withLabel("产品或服务")).getLast().setValue("面包");
            }
            view.submit();
            // Submitting saves the added product first, as version 4.
            NotificationsKt.expectNotifications("已提交第 " + (versionsBefore + 4) + " 版");
            assertThat(view.plan.status()).isEqualTo(SubmissionStatus.SUBMITTED);
            assertThat(view.header.getElement().getTextRecursively()).contains("已提交");

            Runnable refused = view.receive(new ByteArrayInputStream("plain text".getBytes(StandardCharsets.UTF_8)),
                    "计划.pdf");
            refused.run();
            NotificationsKt.expectNotifications(
                    "不支持的文件类型：仅接受 PDF、DOCX、PNG、JPEG（按文件内容识别，改扩展名无效），未保存");
            assertThat(submissions.mine(before.cohort().id()).attachments()).isEmpty();
        });
    }

    @Test
    @Order(2)
    void staffSeeTheCohortsSubmissionsSetTheDeadlineAndOpenAPlan() {
        Caller trainee = login("trainee1");
        MyPlan[] mine = new MyPlan[1];
        asTenantOf(trainee, () -> {
            MyPlan plan = submissions.mine().getFirst();
            var content = PlanFormFixture.complete();
            submissions.save(plan.cohort().id(), content);
            submissions.submit(plan.cohort().id());
            mine[0] = submissions.mine(plan.cohort().id());
        });
        Caller admin = login("admin1");
        asTenantOf(admin, () -> {
            UI.getCurrent().navigate(SubmissionsView.class);
            SubmissionsView view = _get(SubmissionsView.class);
            view.cohort.setValue(view.cohort.getListDataView().getItems()
                    .filter(c -> c.id().equals(mine[0].cohort().id())).findFirst().orElseThrow());
            List<SubmissionRow> rows = GridKt._fetch(view.grid, 0, 100);
            int row = rows.indexOf(rows.stream().filter(r -> mine[0].id().equals(r.id())).findFirst().orElseThrow());
            assertThat(String.join(" ", GridKt._getFormattedRow(view.grid, row))).contains("已提交",
                    "v" + mine[0].submittedVersion());
            _get(Anchor.class, spec -> spec.withText("导出 Excel"));

            view.deadline.setValue(LocalDateTime.of(2030, 6, 30, 18, 0));
            _click(view.saveDeadline);
            NotificationsKt.expectNotifications("已设置截止时间：2030年6月30日 18:00");
            assertThat(submissions.deadline(mine[0].cohort().id())).isPresent();

            _click(_get(GridKt._getCellComponent(view.grid, row, "actions"), Button.class,
                    spec -> spec.withText("查看")));
            Dialog read = _get(Dialog.class, spec -> spec.withClasses("kc-plan-read"));
            TextField name = _get(read, TextField.class, spec -> spec.withLabel("企业名称"));
            assertThat(name.getValue()).isEqualTo("橘子洲奶茶");
            assertThat(name.isReadOnly()).isTrue();
            _get(read, Anchor.class, spec -> spec.withText("下载 PDF"));
        });
    }

    private static BigDecimal yuan(String text) {
        String digits = text.replaceAll("[^0-9.\\-]", "");
        return digits.isEmpty() ? BigDecimal.ZERO : new BigDecimal(digits);
    }
}
