package cn.kaichuang.app.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.kaichuang.app.ui.province.InstitutionsView;
import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class InstitutionsViewTest extends KaribuTest {

    @Test
    void provinceSeesEveryInstitutionWithItsFigures() {
        login("province");
        UI.getCurrent().navigate(InstitutionsView.class);

        Grid<?> grid = _get(Grid.class);
        assertThat(GridKt._size(grid)).isEqualTo(3);
        assertThat(column(grid, 2)).containsExactlyInAnyOrder("长沙市", "株洲市", "湘潭市");
        assertThat(column(grid, 3)).containsOnly("运营中");
        assertThat(column(grid, 5)).containsOnly("25");
        assertThat(column(grid, 7)).allMatch(time -> time.matches("\\d{4}年\\d{1,2}月\\d{1,2}日 \\d{2}:\\d{2}"));
    }

    @Test
    void prefectureSeesOnlyTheInstitutionsOfItsRegion() {
        login("changsha");
        UI.getCurrent().navigate(InstitutionsView.class);

        Grid<?> grid = _get(Grid.class);
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(column(grid, 0)).containsExactly("长沙市星城创业职业培训学校");
        assertThat(column(grid, 2)).containsExactly("长沙市");
    }

    @Test
    void refreshingTakesNewSnapshotsAndSaysSo() {
        login("province");
        UI.getCurrent().navigate(InstitutionsView.class);
        NotificationsKt.clearNotifications();

        ButtonKt._click(_get(Button.class, spec -> spec.withText("刷新统计")));

        NotificationsKt.expectNotifications("已刷新 3 家机构的统计");
    }

    private static List<String> column(Grid<?> grid, int index) {
        return IntStream.range(0, GridKt._size(grid))
                .mapToObj(row -> GridKt._getFormattedRow(grid, row).get(index)).toList();
    }
}
