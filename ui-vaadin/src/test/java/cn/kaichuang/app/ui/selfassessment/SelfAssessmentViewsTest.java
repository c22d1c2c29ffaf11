package cn.kaichuang.app.ui.selfassessment;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.kaichuang.app.ui.KaribuTest;
import cn.kaichuang.identity.Caller;
import cn.kaichuang.selfassessment.SelfAssessments;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 创业能力测评 as trainee1 (the demo result, a retake) and 测评量表 as the province. */
class SelfAssessmentViewsTest extends KaribuTest {

    @Autowired
    SelfAssessments assessments;

    @Test
    void theTraineeSeesTheRadarProfileAndRetakesWithEveryAnswerNeeded() {
        Caller trainee = login("trainee1");
        asTenantOf(trainee, () -> {
            UI.getCurrent().navigate(SelfAssessmentView.class);
            SelfAssessmentView view = _get(SelfAssessmentView.class);
            assertThat(view.radar).isNotNull();
            assertThat(view.radar.option()).contains("\"radar\"").contains("创业动机").contains("财务准备");
            int taken = assessments.history().size();

            view.showQuestionnaire();
            assertThat(view.answers).hasSizeGreaterThanOrEqualTo(28);
            view.answers.getFirst().setValue(5);
            view.submit();
            assertThat(assessments.history()).hasSize(taken);
            assertThat(view.answers.get(1).isInvalid()).isTrue();

            view.answers.forEach(a -> a.setValue(4));
            view.submit();
            assertThat(assessments.history()).hasSize(taken + 1);
            assertThat(view.questionnaire.getChildren().count()).isZero();
            assertThat(view.profile.getElement().getTextRecursively()).contains("我的创业能力画像");
            assertThat(view.history.getElement().getTextRecursively()).contains("历次测评");
        });
    }

    @Test
    void theProvinceSeesTheInstrumentAndAnIncompleteVersionIsNotPublished() {
        login("province");
        UI.getCurrent().navigate(InstrumentView.class);
        InstrumentView view = _get(InstrumentView.class);
        int version = assessments.current().version();
        assertThat(view.dimensions).hasSize(7);
        assertThat(view.dimensions.getFirst().name().getValue()).isEqualTo("创业动机");
        view.dimensions.getFirst().items().getFirst().setValue(" ");
        view.dimensions.getFirst().low().setValue("");
        view.publish();
        assertThat(assessments.current().version()).isEqualTo(version);
    }
}
