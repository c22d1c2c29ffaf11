package cn.kaichuang.app.ui.lecturer;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.kaichuang.app.ui.KaribuTest;
import cn.kaichuang.cohort.CourseType;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** 讲师库: the province sees every institution's lecturers, a prefecture its region's; search, filter, export. */
class LecturerPoolViewTest extends KaribuTest {

    @Test
    void theProvinceSeesAllAndFiltersByCourseType() {
        login("province");
        UI.getCurrent().navigate(LecturerPoolView.class);
        LecturerPoolView view = _get(LecturerPoolView.class);
        Grid<?> grid = _get(Grid.class);

        assertThat(column(grid, 0)).contains("谭志强", "罗慧敏", "易建军", "邓晓丽", "周立新", "彭雅琴");
        assertThat(column(grid, 3)).contains("长沙市星城创业职业培训学校", "株洲市炎帝职业技能培训中心", "湘潭市莲城创业服务中心");

        view.courseType.setValue(CourseType.ONLINE);
        assertThat(column(grid, 0)).containsExactlyInAnyOrder("周立新", "彭雅琴");
        view.courseType.clear();
        view.search.setValue("SYB-TT-430200");
        assertThat(column(grid, 0)).containsExactlyInAnyOrder("易建军", "邓晓丽");
        assertThat(_get(Anchor.class, spec -> spec.withText("导出 Excel")).getHref()).isNotBlank();
        assertThat(view.getElement().getTextRecursively()).doesNotContain("13907332215");
    }

    @Test
    void aPrefectureSeesOnlyItsRegion() {
        login("changsha");
        UI.getCurrent().navigate(LecturerPoolView.class);
        Grid<?> grid = _get(Grid.class);

        assertThat(column(grid, 3)).isNotEmpty().containsOnly("长沙市星城创业职业培训学校");
        assertThat(column(grid, 4)).containsOnly("长沙市");
    }

    private static List<String> column(Grid<?> grid, int index) {
        return IntStream.range(0, GridKt._size(grid))
                .mapToObj(row -> GridKt._getFormattedRow(grid, row).get(index)).toList();
    }
}
