package cn.kaichuang.app.ui.lecturer;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.kaichuang.app.ui.KaribuTest;
import cn.kaichuang.cohort.CourseType;
import cn.kaichuang.cohort.LecturerView;
import cn.kaichuang.cohort.Lecturers;
import cn.kaichuang.cohort.NewLecturer;
import cn.kaichuang.identity.Caller;
import cn.kaichuang.lecturer.LecturerPool;
import cn.kaichuang.lecturer.PoolEntry;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.stream.IntStream;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 讲师管理: register and edit with a required, unique qualification number; the pool follows edits. */
class LecturersViewTest extends KaribuTest {

    @Autowired
    Lecturers lecturers;
    @Autowired
    LecturerPool pool;

    @Test
    void aTakenOrMissingQualificationNumberIsRefusedOnItsFieldAndSavesNothing() {
        Caller admin = login("admin1");
        asTenantOf(admin, () -> {
            UI.getCurrent().navigate(LecturersView.class);
            Grid<?> grid = _get(Grid.class);
            assertThat(GridKt._size(grid)).isEqualTo(2);

            _click(_get(Button.class, spec -> spec.withText("登记讲师")));
            LecturerDialog dialog = _get(LecturerDialog.class);
            dialog.name.setValue("新讲师");
            _click(dialog.confirm);
            assertThat(dialog.qualification.isInvalid()).isTrue();
            assertThat(dialog.qualification.getErrorMessage()).isEqualTo("请填写师资证书编号");

            dialog.qualification.setValue("SYB-TT-430100-2016-0031");
            _click(dialog.confirm);
            assertThat(dialog.qualification.isInvalid()).isTrue();
            assertThat(dialog.qualification.getErrorMessage()).isEqualTo("本机构已有讲师使用该证书编号");
            assertThat(dialog.isOpened()).isTrue();
            assertThat(lecturers.all()).hasSize(2);
        });
    }

    @Test
    void editingALecturerUpdatesTheListAndThePool() {
        Caller admin = login("admin1");
        LecturerView luo = asTenant(admin).stream().filter(l -> l.name().equals("罗慧敏")).findFirst().orElseThrow();
        try {
            asTenantOf(admin, () -> {
                UI.getCurrent().navigate(LecturersView.class);
                @SuppressWarnings("unchecked")
                Grid<LecturerView> grid = _get(Grid.class);
                int row = IntStream.range(0, GridKt._size(grid))
                        .filter(i -> GridKt._get(grid, i).name().equals("罗慧敏")).findFirst().orElseThrow();
                HorizontalLayout actions = (HorizontalLayout) GridKt._getCellComponent(grid, row, "actions");
                _click((Button) actions.getComponentAt(0));
                LecturerDialog dialog = _get(LecturerDialog.class);
                assertThat(dialog.qualification.getValue()).isEqualTo(luo.qualificationNo());
                Set<CourseType> more = EnumSet.copyOf(luo.courseTypes());
                more.add(CourseType.EYB);
                dialog.courseTypes.setValue(more);
                _click(dialog.confirm);
                assertThat(dialog.isOpened()).isFalse();
                assertThat(GridKt._getFormattedRow(grid, row).get(2)).contains("扩大你的企业 EYB");
            });
            assertThat(pool.visible("罗慧敏", CourseType.EYB)).extracting(PoolEntry::name).containsExactly("罗慧敏");
        } finally {
            asTenantOf(admin, () -> lecturers.update(luo.id(),
                    new NewLecturer(luo.name(), null, luo.qualificationNo(), luo.courseTypes(), luo.username())));
        }
    }

    private java.util.List<LecturerView> asTenant(Caller admin) {
        java.util.List<LecturerView> all = new java.util.ArrayList<>();
        asTenantOf(admin, () -> all.addAll(lecturers.all()));
        return all;
    }
}
