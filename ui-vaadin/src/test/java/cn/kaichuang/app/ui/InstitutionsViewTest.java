package cn.kaichuang.app.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.kaichuang.app.ui.province.InstitutionsView;
import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import cn.kaichuang.tenancy.TenantStatus;
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

    @Test
    void theListShowsProfilesAndIsSearchedFilteredAndExported() {
        login("province");
        UI.getCurrent().navigate(InstitutionsView.class);
        Grid<?> grid = _get(Grid.class);

        assertThat(column(grid, 8)).contains("创业意识培训 GYB、创办你的企业 SYB、改善你的企业 IYB");
        assertThat(column(grid, 9)).containsExactlyInAnyOrder("陈建华", "刘芳", "胡志勇");
        assertThat(column(grid, 10)).containsExactlyInAnyOrder("1800", "1200", "900");
        assertThat(column(grid, 11)).containsOnly("—");

        _get(TextField.class).setValue("株洲");
        assertThat(column(grid, 0)).containsExactly("株洲市炎帝职业技能培训中心");
        assertThat(_get(Span.class, spec -> spec.withText("显示 1 家，共 3 家"))).isNotNull();
        _get(TextField.class).clear();

        @SuppressWarnings("unchecked")
        ComboBox<TenantStatus> status = _get(ComboBox.class, spec -> spec.withPlaceholder("全部状态"));
        status.setValue(TenantStatus.SUSPENDED);
        assertThat(GridKt._size(grid)).isZero();
        status.clear();
        @SuppressWarnings("unchecked")
        ComboBox<String> region = _get(ComboBox.class, spec -> spec.withPlaceholder("全部市州"));
        region.setValue("430300");
        assertThat(column(grid, 0)).containsExactly("湘潭市莲城创业服务中心");

        assertThat(_get(Anchor.class, spec -> spec.withText("导出 Excel")).getHref()).isNotBlank();
    }

    private static List<String> column(Grid<?> grid, int index) {
        return IntStream.range(0, GridKt._size(grid))
                .mapToObj(row -> GridKt._getFormattedRow(grid, row).get(index)).toList();
    }
}
