package cn.kaichuang.app.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.kaichuang.identity.Caller;
import cn.kaichuang.app.ui.home.WorkbenchView;
import cn.kaichuang.app.ui.trainee.MyLearningView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;

class RoleHomesTest extends KaribuTest {

    @Test
    void traineeSeesACardPerCohortTheyAreEnrolledIn() {
        Caller trainee = login("trainee1");
        asTenantOf(trainee, () -> UI.getCurrent().navigate(MyLearningView.class));

        assertThat(_find(Card.class)).hasSize(3).extracting(Card::getTitleAsText)
                .containsExactlyInAnyOrder("2026年第12期 SYB 创业培训班", "2026年第13期 GYB 创业意识培训班",
                        "2026年第11期 SYB 创业培训班");
    }

    @Test
    void expertSeesAnHonestEmptyWorkbench() {
        login("expert1");
        UI.getCurrent().navigate(WorkbenchView.class);

        assertThat(_get(H2.class).getText()).isEqualTo("考评专家工作台");
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText).contains("暂无待办事项。");
    }

    @Test
    void mentorSeesTheirOwnWorkbench() {
        login("mentor1");
        UI.getCurrent().navigate(WorkbenchView.class);

        assertThat(_get(H2.class).getText()).isEqualTo("创业导师工作台");
    }
}
