package cn.kaichuang.app.ui.review;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.kaichuang.app.ui.KaribuTest;
import cn.kaichuang.cohort.CohortStatus;
import cn.kaichuang.identity.Caller;
import cn.kaichuang.review.Expert;
import cn.kaichuang.review.Grade;
import cn.kaichuang.review.InstitutionReviews;
import cn.kaichuang.review.ReviewSummary;
import cn.kaichuang.review.Reviews;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The province's expert pool and review overview, and the institution's review results (demo data). */
class ReviewAdminViewsTest extends KaribuTest {

    @Autowired
    Reviews reviews;

    @Test
    void theProvinceAddsSearchesEditsAndDeactivatesAnExpertAfterConfirming() {
        login("province");
        UI.getCurrent().navigate(ExpertsView.class);
        ExpertsView view = _get(ExpertsView.class);
        int before = GridKt._size(view.grid);
        assertThat(before).as("the demo pool").isGreaterThanOrEqualTo(3);

        view.edit(null);
        ExpertsView.ExpertForm form = view.form;
        form.username.setValue("pool-view-expert");
        form.submit();
        NotificationsKt.expectNotifications("请填写专家账号、姓名和所属机构");
        assertThat(reviews.experts()).noneMatch(e -> e.username().equals("pool-view-expert"));
        form.name.setValue("库视图专家");
        form.institution.setValue(form.institution.getListDataView().getItems()
                .filter(t -> t.code().value().equals("zhuzhou-yandi")).findFirst().orElseThrow());
        form.specialities.setValue("跨境电商");
        form.submit();
        NotificationsKt.expectNotifications("已保存专家“库视图专家”");
        assertThat(GridKt._size(view.grid)).isEqualTo(before + 1);

        view.search.setValue("跨境");
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(view.grid, 0)).contains("库视图专家", "株洲市炎帝职业技能培训中心", "在库");
        view.search.setValue("没有这样的专家");
        assertThat(view.grid.isVisible()).isFalse();
        assertThat(view.noMatch.isVisible()).isTrue();
        view.search.setValue("pool-view");

        Expert added = GridKt._get(view.grid, 0);
        view.edit(added);
        assertThat(view.form.username.isReadOnly()).isTrue();
        view.form.specialities.setValue("跨境电商、直播带货");
        view.form.submit();
        assertThat(reviews.experts()).filteredOn(e -> e.username().equals("pool-view-expert"))
                .singleElement().extracting(Expert::specialities).isEqualTo("跨境电商、直播带货");

        view.toggle(GridKt._get(view.grid, 0));
        assertThat(view.confirm).isNotNull();
        assertThat(view.confirm.isOpened()).isTrue();
        assertThat(reviews.experts()).filteredOn(e -> e.username().equals("pool-view-expert")).singleElement()
                .extracting(Expert::active).as("nothing changes before confirming").isEqualTo(true);
        assertThat(ConfirmDialogKt._getText(view.confirm)).contains("库视图专家", "不再分到新的计划书");
        ConfirmDialogKt._fireConfirm(view.confirm);
        assertThat(reviews.experts()).filteredOn(e -> e.username().equals("pool-view-expert")).singleElement()
                .extracting(Expert::active).isEqualTo(false);
        assertThat(GridKt._getFormattedRow(view.grid, 0)).contains("已停用");
    }

    @Test
    void theInstitutionSeesGradesAndProgressAndTakesTheSummarySheet() {
        Caller admin = login("admin1");
        asTenantOf(admin, () -> {
            UI.getCurrent().navigate(CohortReviewsView.class);
            CohortReviewsView view = _get(CohortReviewsView.class);
            view.cohort.setValue(view.cohort.getListDataView().getItems()
                    .filter(c -> c.status() == CohortStatus.COMPLETED).findFirst().orElseThrow());
            List<ReviewSummary.Line> lines = GridKt._fetch(view.grid, 0, 100);
            assertThat(lines).as("the demo's reviewed plans").hasSizeGreaterThanOrEqualTo(6);
            assertThat(lines).extracting(ReviewSummary.Line::grade).contains(Grade.EXCELLENT, Grade.PASS, Grade.FAIL);
            ReviewSummary.Line graded = lines.stream().filter(l -> l.grade() == Grade.EXCELLENT).findFirst()
                    .orElseThrow();
            int row = lines.indexOf(graded);
            assertThat(GridKt._getFormattedRow(view.grid, row)).contains(graded.planNumber(), graded.traineeName(),
                    "优秀", String.valueOf(graded.finalScore()));
            assertThat(view.progress.getText()).startsWith("评审进度：已评分");
            assertThat(view.bar.getValue()).isBetween(0.5, 1.0);
            _get(Anchor.class, spec -> spec.withText("汇总表 PDF"));
            _get(Anchor.class, spec -> spec.withText("汇总表 Excel"));
            assertThat(view.allocate.isVisible()).isTrue();

            view.cohort.setValue(view.cohort.getListDataView().getItems()
                    .filter(c -> c.status() == CohortStatus.DRAFT).findFirst().orElseThrow());
            assertThat(view.empty.isVisible()).isTrue();
            _click(view.allocate);
            NotificationsKt.expectNotifications("该班期还没有已提交的计划书");
        });

        Caller lecturer = login("lecturer1");
        UI.getCurrent().navigate("verify");
        asTenantOf(lecturer, () -> {
            UI.getCurrent().navigate(CohortReviewsView.class);
            CohortReviewsView view = _get(CohortReviewsView.class);
            assertThat(view.allocate.isVisible()).as("allocation is the admin's").isFalse();
            assertThat(view.cohort.getListDataView().getItems()).noneMatch(c -> c.status() == CohortStatus.COMPLETED);
        });
    }

    @Test
    void theProvinceOverviewListsTheInstitutionWithItsGrades() {
        login("province");
        UI.getCurrent().navigate(ReviewOverviewView.class);
        ReviewOverviewView view = _get(ReviewOverviewView.class);
        InstitutionReviews line = view.lines.stream().filter(i -> i.tenant().equals("changsha-xingcheng"))
                .findFirst().orElseThrow();
        assertThat(line.institutionName()).isEqualTo("长沙市星城创业职业培训学校");
        assertThat(line.plans()).isGreaterThanOrEqualTo(9);
        assertThat(line.reviewed()).isGreaterThanOrEqualTo(7);
        assertThat(view.chart.option()).contains("优秀", "不合格", "长沙市星城创业职业培训学校");
    }
}
