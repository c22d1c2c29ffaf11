package cn.kaichuang.app.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kaichuang.app.ui.approvals.ApprovalsView;
import cn.kaichuang.app.ui.institution.CohortDetailView;
import cn.kaichuang.app.ui.institution.CohortsView;
import cn.kaichuang.audit.AuditTrail;
import cn.kaichuang.cohort.Approvals;
import cn.kaichuang.cohort.CohortStatus;
import cn.kaichuang.cohort.CohortView;
import cn.kaichuang.cohort.Cohorts;
import cn.kaichuang.cohort.CourseType;
import cn.kaichuang.cohort.Ids.CohortId;
import cn.kaichuang.cohort.LifecycleException;
import cn.kaichuang.cohort.NewCohort;
import cn.kaichuang.cohort.PendingApplication;
import cn.kaichuang.cohort.TraineeView;
import cn.kaichuang.cohort.Venue;
import cn.kaichuang.identity.Caller;
import cn.kaichuang.tenancy.TenantCode;
import cn.kaichuang.tenancy.TenantContext;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotFoundError;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The whole cohort lifecycle in the UI on the demo: admin1 fills in and submits the draft,
 * changsha approves it in the approvals view, admin1 starts and completes it. A context of its
 * own, since it moves the demo's draft on, which the demo's own tests expect as seeded.
 */
@TestPropertySource(properties = "kaichuang.test.context=cohort-lifecycle")
class CohortLifecycleViewTest extends KaribuTest {

    private static final String DRAFT = "2026年第14期 SYB 创业培训班";

    @Autowired
    Cohorts cohorts;
    @Autowired
    Approvals approvals;
    @Autowired
    AuditTrail audit;

    @Test
    void admin1SubmitsChangshaApprovesAdmin1StartsAndCompletes() {
        Caller admin = login("admin1");
        CohortId id = TenantContext.call(admin.tenantCode().orElseThrow(), () -> cohorts.all().stream()
                .filter(c -> c.name().equals(DRAFT)).findFirst().orElseThrow().id());
        asTenantOf(admin, () -> {
            UI.getCurrent().navigate(CohortsView.class);
            Grid<?> list = _get(Grid.class);
            int total = cohorts.all().size();
            assertThat(GridKt._size(list)).isEqualTo(total);
            @SuppressWarnings("unchecked")
            ComboBox<CohortStatus> filter = _get(ComboBox.class);
            filter.setValue(CohortStatus.RUNNING);
            assertThat(GridKt._size(list)).isEqualTo(1);
            assertThat(GridKt._getFormattedRow(list, 0).get(6)).isEqualTo("进行中");
            filter.clear();
            assertThat(GridKt._size(list)).isEqualTo(total);
            UI.getCurrent().navigate("cohort/" + id.value());
            assertThat(status()).isEqualTo("DRAFT");
            assertThat(texts(Span.class)).anyMatch(t -> t.contains("提交开班申请前还需补充：教学计划、课表"));

            // Incomplete: refused with what is missing named, nothing changes.
            NotificationsKt.clearNotifications();
            confirmStep("提交开班申请");
            assertThat(notifications()).anyMatch(t -> t.contains("开班申请不完整，缺少：教学计划、课表"));
            assertThat(cohorts.find(id).orElseThrow().status()).isEqualTo(CohortStatus.DRAFT);

            _get(TextArea.class, spec -> spec.withLabel("教学计划")).setValue("第一天：创业意识；第二天：市场评估");
            _get(TextArea.class, spec -> spec.withLabel("考核方案")).setValue("结业考试");
            _click(_get(Button.class, spec -> spec.withText("保存开班申请")));
            _click(_get(Button.class, spec -> spec.withText("添加课次")));
            _get(TextField.class, spec -> spec.withLabel("课程主题")).setValue("开班仪式与创业意识");
            _click(_get(Button.class, spec -> spec.withText("保存")));
            assertThat(texts(Span.class)).noneMatch(t -> t.startsWith("提交开班申请前"));

            confirmStep("提交开班申请");
            assertThat(status()).isEqualTo("SUBMITTED");
            assertThat(_find(Button.class, spec -> spec.withText("保存开班申请"))).isEmpty();
        });

        Caller changsha = login("changsha");
        UI.getCurrent().navigate(ApprovalsView.class);
        @SuppressWarnings("unchecked")
        Grid<PendingApplication> queue = _get(Grid.class);
        PendingApplication mine = GridKt._fetch(queue, 0, GridKt._size(queue)).stream()
                .filter(a -> a.cohort().equals(id)).findFirst().orElseThrow();
        queue.select(mine);
        assertThat(texts(Span.class)).contains("第一天：创业意识；第二天：市场评估", "结业考试");
        NotificationsKt.clearNotifications();
        _click(_get(Button.class, spec -> spec.withText("批准")));
        confirm();
        assertThat(notifications()).contains("已批准「" + DRAFT + "」。");
        assertThat(GridKt._fetch(queue, 0, GridKt._size(queue))).noneMatch(a -> a.cohort().equals(id));
        assertThat(changsha.username()).isEqualTo("changsha");

        Caller admin1 = login("admin1");
        asTenantOf(admin1, () -> {
            UI.getCurrent().navigate("cohort/" + id.value());
            assertThat(status()).isEqualTo("APPROVED");
            confirmStep("开班");
            assertThat(status()).isEqualTo("RUNNING");
            confirmStep("结业");
            assertThat(status()).isEqualTo("COMPLETED");
            @SuppressWarnings("unchecked")
            Grid<Object> history = _find(Grid.class).getLast();
            assertThat(GridKt._size(history)).isEqualTo(4);
            assertThat(String.join(" ", GridKt._getFormattedRow(history, 1))).contains("待审批 → 已批准", "changsha");
        });
    }

    @Test
    void changshaReturnsWithAReasonAndTheInstitutionReadsIt() {
        Caller admin = login("admin1");
        TenantCode tenant = admin.tenantCode().orElseThrow();
        CohortView waiting = TenantContext.call(tenant, () -> cohorts.all().stream()
                .filter(c -> c.status() == CohortStatus.SUBMITTED).findFirst().orElseThrow());

        login("changsha");
        UI.getCurrent().navigate(ApprovalsView.class);
        @SuppressWarnings("unchecked")
        Grid<PendingApplication> queue = _get(Grid.class);
        queue.select(GridKt._fetch(queue, 0, GridKt._size(queue)).stream()
                .filter(a -> a.cohort().equals(waiting.id())).findFirst().orElseThrow());
        _click(_get(Button.class, spec -> spec.withText("退回")));
        TextArea reason = _get(TextArea.class, spec -> spec.withLabel("退回原因（机构将看到此原因）"));
        Button confirm = _find(Button.class, spec -> spec.withText("退回")).getLast();
        assertThat(confirm.isEnabled()).isFalse();
        reason.setValue("请补充第二天的实训安排");
        _click(confirm);

        login("admin1");
        asTenantOf(admin, () -> {
            UI.getCurrent().navigate("cohort/" + waiting.id().value());
            assertThat(status()).isEqualTo("RETURNED");
            assertThat(texts(Span.class)).contains("退回原因：请补充第二天的实训安排");
            assertThat(_get(TextArea.class, spec -> spec.withLabel("教学计划")).isReadOnly()).isFalse();
        });
    }

    @Test
    void anotherInstitutionsCohortIdInTheUrlIsNotFound() {
        // Set up as the platform itself (no one signed in), then act as admin1.
        TenantCode own = TenantCode.of("changsha-xingcheng");
        long ownMax = TenantContext.call(own, () -> cohorts.all().stream().mapToLong(c -> c.id().value()).max()
                .orElseThrow());
        // A cohort id that exists in another institution only.
        TenantCode other = TenantCode.of("zhuzhou-yandi");
        long theirs = TenantContext.call(other, () -> {
            long id = 0;
            while (id <= ownMax) {
                id = cohorts.create(new NewCohort("URL 测试班 " + id, CourseType.GYB, LocalDate.of(2027, 5, 1),
                        LocalDate.of(2027, 5, 3), new Venue("株洲市天元区", 27.83, 113.08), 20, null)).value();
            }
            return id;
        });
        Caller admin = login("admin1");
        assertThat(admin.tenantCode()).contains(own);
        asTenantOf(admin, () -> assertThatThrownBy(() -> UI.getCurrent().navigate("cohort/" + theirs))
                .isInstanceOf(NotFoundError.class).hasMessageContaining("未找到该班期"));

        // Within the institution, a lecturer reaches only the cohorts they lead; the attempt is recorded.
        CohortId notLed = TenantContext.call(own, () -> cohorts.all().stream()
                .filter(c -> c.name().startsWith("2026年第13期")).findFirst().orElseThrow().id());
        Caller lecturer = login("lecturer1");
        CohortId led = TenantContext.call(own, () -> cohorts.all().stream()
                .filter(c -> c.name().startsWith("2026年第12期")).findFirst().orElseThrow().id());
        asTenantOf(lecturer, () -> {
            UI.getCurrent().navigate("cohort/" + led.value());
            assertThat(status()).isEqualTo("RUNNING");
            assertThat(_find(Button.class, spec -> spec.withText("结业"))).isEmpty();
            assertThat(_get(TextArea.class, spec -> spec.withLabel("教学计划")).isReadOnly()).isTrue();
        });
        long before = audit.recent(null, "access.refused", 1).stream().mapToLong(e -> e.seq()).max().orElse(0);
        asTenantOf(lecturer, () -> assertThatThrownBy(() -> UI.getCurrent().navigate("cohort/" + notLed.value()))
                .isInstanceOf(NotFoundError.class));
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        assertThat(audit.recent(null, "access.refused", 5)).anySatisfy(e -> {
            assertThat(e.seq()).isGreaterThan(before);
            assertThat(e.subjectId()).endsWith("/" + notLed.value());
        });
    }

    @Test
    void admin1CreatesACohortAndEnrolsTraineesOnlyWhileItIsADraft() {
        Caller admin = login("admin1");
        String name = "2027年第1期 GYB 创业意识培训班";
        asTenantOf(admin, () -> {
            UI.getCurrent().navigate(CohortsView.class);
            _click(_get(Button.class, spec -> spec.withText("新建班期")));
            _get(TextField.class, spec -> spec.withLabel("班期名称")).setValue(name);
            @SuppressWarnings("unchecked")
            ComboBox<CourseType> course = _get(ComboBox.class, spec -> spec.withLabel("课程类型"));
            course.setValue(CourseType.GYB);
            _get(DatePicker.class, spec -> spec.withLabel("开班日期")).setValue(LocalDate.now().plusDays(30));
            _get(DatePicker.class, spec -> spec.withLabel("结业日期")).setValue(LocalDate.now().plusDays(32));
            _get(TextField.class, spec -> spec.withLabel("上课地点")).setValue("长沙市岳麓区麓谷大道 627 号");
            _get(NumberField.class, spec -> spec.withLabel("纬度")).setValue(28.21);
            _get(NumberField.class, spec -> spec.withLabel("经度")).setValue(112.88);
            _click(_get(Button.class, spec -> spec.withText("创建")));

            assertThat(status()).isEqualTo("DRAFT");
            NotificationsKt.clearNotifications();
            _click(_get(Button.class, spec -> spec.withText("添加学员")));
            @SuppressWarnings("unchecked")
            MultiSelectComboBox<TraineeView> choice = _get(MultiSelectComboBox.class,
                    spec -> spec.withLabel("选择本机构已登记的学员"));
            choice.setValue(choice.getListDataView().getItems().limit(3).toList());
            _click(_get(Button.class, spec -> spec.withText("加入班期")));
            assertThat(notifications()).contains("已加入 3 名学员。");
            CohortView created = cohorts.all().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
            assertThat(created.enrolled()).isEqualTo(3);
            assertThat(created.capacity()).isEqualTo(30);

            // Once submitted, the roster is what the prefecture decided on (the demo's running cohort).
            CohortView locked = cohorts.all().stream().filter(c -> c.status() == CohortStatus.RUNNING)
                    .findFirst().orElseThrow();
            TraineeView outsider = choice.getListDataView().getItems()
                    .filter(t -> !cohorts.roster(locked.id()).contains(t.id())).findFirst().orElseThrow();
            assertThatThrownBy(() -> cohorts.enrol(locked.id(), outsider.id()))
                    .isInstanceOf(LifecycleException.class).hasMessage("cohort.error.not-editable");
            assertThat(cohorts.find(locked.id()).orElseThrow().enrolled()).isEqualTo(locked.enrolled());
        });
    }

    @Test
    void theProvinceHasNothingToDecideInChangshasRegion() {
        login("province");
        UI.getCurrent().navigate(ApprovalsView.class);
        assertThat(_find(Grid.class)).isEmpty();
        assertThat(_get(EmptyState.class).getElement().getTextRecursively()).contains("没有待审批的开班申请");
    }

    private static String status() {
        return _get(CohortDetailView.class).getChildren().flatMap(c -> c.getChildren())
                .filter(c -> c.getElement().hasAttribute("data-status")).findFirst().orElseThrow()
                .getElement().getAttribute("data-status");
    }

    private static void confirmStep(String action) {
        _click(_get(Button.class, spec -> spec.withText(action)));
        confirm();
    }

    private static void confirm() {
        ConfirmDialog dialog = _find(ConfirmDialog.class).stream().filter(ConfirmDialog::isOpened).reduce((a, b) -> b)
                .orElseThrow();
        ConfirmDialogKt._fireConfirm(dialog);
        dialog.close();
    }

    private static List<String> notifications() {
        return NotificationsKt.getNotifications().stream().map(n -> n.getElement().getProperty("text", "")).toList();
    }

    private static <T extends com.vaadin.flow.component.Component & com.vaadin.flow.component.HasText> List<String>
            texts(Class<T> type) {
        return _find(type).stream().map(com.vaadin.flow.component.HasText::getText).toList();
    }
}
