package cn.kaichuang.app.ui.evaluation;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.kaichuang.app.ui.KaribuTest;
import cn.kaichuang.evaluation.Dimension;
import cn.kaichuang.evaluation.Occasion;
import cn.kaichuang.identity.Caller;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** 评价 as trainee1 on the phone view, and 评价统计 as lecturer1, admin1 and the province. */
class EvaluationViewsTest extends KaribuTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void theTraineeRatesAPendingSessionOnceAndAnIncompleteFormChangesNothing() {
        Caller trainee = login("trainee1");
        asTenantOf(trainee, () -> {
            UI.getCurrent().navigate(EvaluateView.class);
            EvaluateView view = _get(EvaluateView.class);
            var pending = view.cards.getChildren().count();
            assertThat(pending).isPositive();
            var first = view.evaluations().pending().getFirst();
            view.openForm(first);
            Occasion occasion = view.open;
            long before = count(trainee);
            view.scores.get(Dimension.CONTENT).setValue(5);
            view.send();
            assertThat(count(trainee)).isEqualTo(before);
            assertThat(view.scores.get(Dimension.SERVICE).isInvalid()).isTrue();

            view.scores.values().forEach(group -> group.setValue(4));
            view.comment.setValue("讲解清楚");
            view.send();
            assertThat(count(trainee)).isEqualTo(before + 1);
            assertThat(view.open).isNull();
            assertThat(view.evaluations().pending()).extracting(p -> p.occasion()).doesNotContain(occasion);
        });
    }

    @Test
    void theLecturerSeesAveragesOfTheDemoEvaluations() {
        Caller lecturer = login("lecturer1");
        asTenantOf(lecturer, () -> {
            UI.getCurrent().navigate(EvaluationsView.class);
            EvaluationsView view = _get(EvaluationsView.class);
            String text = view.summary.getElement().getTextRecursively();
            assertThat(text).contains("教学内容").contains("份评价");
            assertThat(view.lecturers).isNull();
        });
    }

    @Test
    void theAdminSeesEveryLecturer() {
        Caller admin = login("admin1");
        asTenantOf(admin, () -> {
            UI.getCurrent().navigate(EvaluationsView.class);
            EvaluationsView view = _get(EvaluationsView.class);
            assertThat(view.lecturers.getListDataView().getItems().map(r -> r.name())).contains("谭志强");
        });
    }

    @Test
    void theProvinceSeesEveryInstitution() {
        login("province");
        UI.getCurrent().navigate(EvaluationsView.class);
        EvaluationsView view = _get(EvaluationsView.class);
        assertThat(view.institutions.getListDataView().getItems()).anySatisfy(r -> {
            assertThat(r.name()).isEqualTo("长沙市星城创业职业培训学校");
            assertThat(r.averages().answers()).isGreaterThanOrEqualTo(3);
        });
    }

    private long count(Caller trainee) {
        return jdbc.sql("select count(*) from " + trainee.tenantCode().orElseThrow().schemaName() + ".evaluation e join "
                + trainee.tenantCode().orElseThrow().schemaName() + ".trainee t on t.id = e.trainee_id where t.username"
                + " = ?").param(trainee.username()).query(Long.class).single();
    }
}
