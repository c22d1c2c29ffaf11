package cn.kaichuang.app.ui.review;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.kaichuang.app.ui.KaribuTest;
import cn.kaichuang.cohort.Ids.CohortId;
import cn.kaichuang.identity.Caller;
import cn.kaichuang.review.Assignment;
import cn.kaichuang.review.AssignmentState;
import cn.kaichuang.review.Criterion;
import cn.kaichuang.review.Expert;
import cn.kaichuang.review.Reviews;
import cn.kaichuang.submission.MyPlan;
import cn.kaichuang.submission.PlanContent;
import cn.kaichuang.submission.PlanType;
import cn.kaichuang.submission.SubmissionStatus;
import cn.kaichuang.submission.Submissions;
import cn.kaichuang.tenancy.TenantCode;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/** 方案评审 as expert1: a blind plan of the first demo institution, scored through the form. */
class ReviewsViewTest extends KaribuTest {

    @Autowired
    Reviews reviews;

    @Autowired
    Submissions submissions;

    @Test
    void theExpertScoresABlindPlanAndBadScoresChangeNothing() {
        Caller trainee = login("trainee1");
        AtomicReference<CohortId> cohort = new AtomicReference<>();
        asTenantOf(trainee, () -> {
            // The last of trainee1's two SYB plans: the plan view's test writes the first.
            MyPlan plan = submissions.mine().stream().filter(p -> p.type() == PlanType.SYB_PLAN)
                    .reduce((first, second) -> second).orElseThrow();
            cohort.set(plan.cohort().id());
            if (plan.status() != SubmissionStatus.SUBMITTED) {
                submissions.save(plan.cohort().id(), plan());
                submissions.submit(plan.cohort().id());
            }
        });
        TenantCode home = trainee.tenantCode().orElseThrow();
        // The platform itself sets up the pool and the allocation.
        SecurityContextHolder.clearContext();
        reviews.saveExpert(new Expert("expert1", "评审专家一", "zhuzhou-yandi", "财务", true));
        reviews.saveExpert(new Expert("review-view-expert2", "评审专家二", "xiangtan-liancheng", "营销", true));
        reviews.allocate(home, cohort.get(), 20261201L);

        login("expert1");
        UI.getCurrent().navigate(ReviewsView.class);
        ReviewsView view = _get(ReviewsView.class);
        // The demo's plans of 株洲 wait for expert1 too: take the one allocated here.
        var assignment = view.grid.getListDataView().getItems()
                .filter(a -> a.tenant().equals(home.value()) && a.state() == AssignmentState.ASSIGNED)
                .reduce((first, second) -> second).orElseThrow();
        view.open(assignment.id());
        ScoreForm form = view.form;
        assertThat(form).isNotNull();
        String shown = view.detail.getElement().getTextRecursively();
        assertThat(shown).contains(assignment.planNumber()).doesNotContain("李四").doesNotContain("张三");

        List<Criterion> rubric = List.copyOf(form.scores.keySet());
        assertThat(rubric).extracting(Criterion::name).containsExactly("市场评估", "营销计划", "财务可行性", "团队与组织",
                "风险与合规");
        int[] values = {18, 17, 25, 12, 13};
        for (int i = 0; i < rubric.size(); i++) {
            form.scores.get(rubric.get(i)).setValue(values[i]);
            form.comments.get(rubric.get(i)).setValue("论证较充分");
        }
        assertThat(form.total.getText()).isEqualTo("合计 85 分 · 优秀");

        form.scores.get(rubric.getFirst()).setValue(25);
        form.save();
        NotificationsKt.expectNotifications("“市场评估”的分数须在 0 到 20 之间，未保存");
        form.scores.get(rubric.getFirst()).setValue(18);
        form.comments.get(rubric.get(2)).setValue("  ");
        form.save();
        NotificationsKt.expectNotifications("“财务可行性”的评语不能为空，未保存");
        assertThat(mine(assignment.id()).state()).as("nothing saved").isEqualTo(AssignmentState.ASSIGNED);

        form.comments.get(rubric.get(2)).setValue("现金流测算清楚");
        form.save();
        NotificationsKt.expectNotifications("方案 " + assignment.planNumber() + " 已评分：85 分");
        assertThat(mine(assignment.id()).total()).isEqualTo(85);
        assertThat(view.grid.getListDataView().getItems().filter(a -> a.id() == assignment.id()).findFirst()
                .orElseThrow().state()).isEqualTo(AssignmentState.SCORED);
    }

    private Assignment mine(long id) {
        return reviews.mine().stream().filter(a -> a.id() == id).findFirst().orElseThrow();
    }

    private static PlanContent plan() {
        return new PlanContent(new PlanContent.Overview("橘子洲奶茶", "餐饮", "个体工商户", "长沙市岳麓区", "", ""),
                new PlanContent.Founder("李四", "本科", "", "", ""),
                new PlanContent.Market("学生和游客", "", List.of()),
                new PlanContent.Marketing("奶茶", "12 元", "门店", "第二杯半价"), null,
                new PlanContent.FixedAssets(List.of(new PlanContent.Asset("封口机", BigDecimal.ONE,
                        new BigDecimal("1200")))), null,
                new PlanContent.SalesForecast(List.of(new PlanContent.Product("奶茶", new BigDecimal("12"),
                        Collections.nCopies(12, new BigDecimal("900"))))), null, null);
    }
}
