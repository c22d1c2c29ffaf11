package cn.kaichuang.app.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.kaichuang.app.ui.certificate.CompletionRulesView;
import cn.kaichuang.certificate.CompletionRule;
import cn.kaichuang.certificate.CompletionRules;
import cn.kaichuang.cohort.CourseType;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.IntegerField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 结业条件 as the province edits them: a bad share is refused in place, a good one applies and is listed. */
class CompletionRulesViewTest extends KaribuTest {

    @Autowired
    CompletionRules rules;

    @Test
    void theProvinceChangesARuleAndSeesWhoChangedIt() {
        login("province");
        UI.getCurrent().navigate(CompletionRulesView.class);
        Grid<?> grid = _find(Grid.class).getFirst();
        assertThat(GridKt._size(grid)).isEqualTo(CourseType.values().length);
        assertThat(GridKt._getFormattedRow(grid, 0)).contains("80%");
        try {
            _click((Button) GridKt._getCellComponent(grid, 0, "edit"));
            IntegerField percent = _get(IntegerField.class);
            percent.setValue(101);
            _click(_get(Button.class, spec -> spec.withText("保存")));
            assertThat(percent.isInvalid()).isTrue();
            assertThat(percent.getErrorMessage()).contains("0 至 100");
            assertThat(rules.of(CourseType.GYB)).isEqualTo(CompletionRule.defaultFor(CourseType.GYB));

            percent.setValue(70);
            _click(_get(Button.class, spec -> spec.withText("保存")));
            assertThat(rules.of(CourseType.GYB).minAttendancePercent()).isEqualTo(70);
            assertThat(GridKt._getFormattedRow(grid, 0)).contains("70%");
            Grid<?> history = _find(Grid.class).getLast();
            assertThat(String.join(" ", GridKt._getFormattedRow(history, 0))).contains("province", "出勤率 ≥ 70%");
        } finally {
            login("province");
            rules.change(CourseType.GYB, 80, true, false);
        }
    }
}
