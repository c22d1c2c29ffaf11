package cn.kaichuang.app.ui.exam;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.kaichuang.app.ui.KaribuTest;
import cn.kaichuang.exam.Blueprint;
import cn.kaichuang.question.KnowledgePoint;
import cn.kaichuang.question.QuestionType;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** 组卷 as a lecturer: lines, feasibility, shortfalls, preview, saving and a refused bad blueprint. */
class PapersViewTest extends KaribuTest {

    @Test
    void aLecturerChecksABlueprintPreviewsAPaperAndSavesIt() {
        asTenantOf(login("lecturer1"), this::writeCheckPreviewAndSave);
    }

    private void writeCheckPreviewAndSave() {
        UI.getCurrent().navigate(PapersView.class);
        PapersView view = _get(PapersView.class);

        view.type.setValue(QuestionType.SINGLE_CHOICE);
        view.count.setValue(5);
        view.score.setValue(4);
        _click(view.addLine);
        view.type.setValue(QuestionType.TRUE_FALSE);
        view.count.setValue(5);
        view.score.setValue(2);
        _click(view.addLine);
        assertThat(view.total.getText()).isEqualTo("共 10 道题，总分 30 分");
        _click(view.check);
        assertThat(view.feasibility.getText()).isEqualTo("可行");

        _click(view.preview);
        NotificationsKt.expectNotifications();
        assertThat(view.paper.isVisible()).isTrue();
        assertThat(GridKt._size(view.paper)).isEqualTo(10);
        assertThat(String.join(" ", GridKt._getFormattedRow(view.paper, 0))).containsPattern("[PI]\\d+ v\\d+");

        view.name.setValue(" ");
        _click(view.save);
        NotificationsKt.expectNotifications("请输入不超过 100 个字的名称");
        String name = "界面组卷" + UUID.randomUUID().toString().substring(0, 6);
        view.name.setValue(name);
        _click(view.save);
        NotificationsKt.expectNotifications("方案“" + name + "”已保存");
        assertThat(view.saved.getListDataView().getItems().map(Blueprint::name)).contains(name);

        view.type.setValue(QuestionType.SINGLE_CHOICE);
        view.knowledgePoint.setValue(KnowledgePoint.SYB_03);
        view.minDifficulty.setValue(3);
        view.maxDifficulty.setValue(3);
        view.count.setValue(200);
        _click(view.addLine);
        _click(view.check);
        assertThat(view.feasibility.getText()).startsWith("不可行：单选题·市场评估·难度3：需要 200 道，可用 ");
    }
}
