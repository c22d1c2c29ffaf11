package cn.kaichuang.app.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.kaichuang.identity.Caller;
import cn.kaichuang.app.ui.institution.CohortsView;
import cn.kaichuang.app.ui.institution.TraineesView;
import cn.kaichuang.cohort.TraineeView;
import cn.kaichuang.cohort.Trainees;
import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** 班期 and 学员 as institution staff see them. */
class InstitutionViewsTest extends KaribuTest {

    @Autowired
    Trainees trainees;

    @Test
    void cohortsShowCourseDatesVenueAndPlaces() {
        Caller admin = login("admin1");
        asTenantOf(admin, () -> {
            UI.getCurrent().navigate(CohortsView.class);
            Grid<?> grid = _get(Grid.class);
            assertThat(GridKt._size(grid)).isEqualTo(4);
            List<String> syb = row(grid, "2026年第12期 SYB 创业培训班");
            assertThat(syb.get(1)).isEqualTo("15/30");
            assertThat(syb.get(6)).isEqualTo("进行中");
            assertThat(syb.get(2)).isEqualTo("创办你的企业 SYB");
            assertThat(syb.get(3)).matches("\\d{4}-\\d{2}-\\d{2}");
            assertThat(syb.get(5)).contains("长沙市岳麓区");
        });
    }

    @Test
    void lecturersSeeTheTraineesOfTheirOwnCohortPageByPageWithMaskedNumbers() {
        Caller lecturer = login("lecturer1");
        asTenantOf(lecturer, () -> {
            UI.getCurrent().navigate(TraineesView.class);
            Grid<?> grid = _get(Grid.class);
            // 15 of the institution's 25: the cohort lecturer1 leads, not their colleague's.
            assertThat(GridKt._size(grid)).isEqualTo(15);
            List<String> first = GridKt._getFormattedRow(grid, 0);
            assertThat(first.get(1)).matches("\\d{6}\\*{8}\\d{3}[\\dX]");
            assertThat(first.get(2)).matches("1\\d{2}\\*{4}\\d{4}");
        });
    }

    @Test
    void aLecturerSeesOnlyTheCohortTheyLead() {
        Caller lecturer = login("lecturer1");
        asTenantOf(lecturer, () -> {
            UI.getCurrent().navigate(CohortsView.class);
            Grid<?> grid = _get(Grid.class);
            assertThat(GridKt._size(grid)).isEqualTo(1);
            assertThat(GridKt._getFormattedRow(grid, 0).get(1)).isEqualTo("15/30");
        });
    }

    @Test
    void searchFindsATraineeByIdCardNumber() {
        Caller admin = login("admin1");
        asTenantOf(admin, () -> {
            TraineeView wanted = trainees.page(PageRequest.of(0, 5)).getContent().get(3);
            UI.getCurrent().navigate(TraineesView.class);
            search(wanted.idCard().value().toLowerCase());
            Grid<?> grid = _get(Grid.class);
            assertThat(GridKt._size(grid)).isEqualTo(1);
            assertThat(GridKt._getFormattedRow(grid, 0).get(0)).isEqualTo(wanted.name());
            assertThat(_get(TextField.class).isInvalid()).isFalse();
        });
    }

    @Test
    void anInvalidIdCardNumberGetsAClearChineseError() {
        Caller admin = login("admin1");
        asTenantOf(admin, () -> {
            UI.getCurrent().navigate(TraineesView.class);

            search("430102199001011235");
            TextField field = _get(TextField.class);
            assertThat(field.isInvalid()).isTrue();
            assertThat(field.getErrorMessage()).isEqualTo("身份证号码无效：校验码不符，请核对是否输错。");

            search("43010219900101");
            assertThat(field.getErrorMessage()).isEqualTo(
                    "身份证号码格式不正确：应为 17 位数字加 1 位数字或 X，共 18 位。");

            search("430102199002301237");
            assertThat(field.getErrorMessage()).isEqualTo("身份证号码无效：其中的出生日期不存在。");
            assertThat(GridKt._size(_get(Grid.class))).isEqualTo(25);
        });
    }

    @Test
    void aValidNumberOfSomeoneElseFindsNobody() {
        Caller admin = login("admin1");
        asTenantOf(admin, () -> {
            UI.getCurrent().navigate(TraineesView.class);
            search("11010519491231002X");
            assertThat(_get(TextField.class).isInvalid()).isFalse();
            assertThat(GridKt._size(_get(Grid.class))).isZero();
        });
    }

    @Test
    void theAdminIsOfferedRegistrationImportAndEditing() {
        Caller admin = login("admin1");
        asTenantOf(admin, () -> {
            UI.getCurrent().navigate(TraineesView.class);
            assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(Button.class,
                    spec -> spec.withText("导入花名册"))).hasSize(1);
            assertThat(GridKt._getFormattedRow(_get(Grid.class), 0)).hasSize(4);
        });
    }

    @Test
    void aLecturerIsOfferedNeitherRegistrationNorImportNorEditing() {
        Caller lecturer = login("lecturer1");
        asTenantOf(lecturer, () -> {
            UI.getCurrent().navigate(TraineesView.class);
            assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(Button.class,
                    spec -> spec.withText("导入花名册"))).isEmpty();
            assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(Button.class,
                    spec -> spec.withText("新增学员"))).isEmpty();
            assertThat(GridKt._getFormattedRow(_get(Grid.class), 0)).hasSize(3);
        });
    }

    private static void search(String idCard) {
        _get(TextField.class).setValue(idCard);
        ButtonKt._click(_get(Button.class, spec -> spec.withText("查找")));
    }

    private static List<String> row(Grid<?> grid, String name) {
        for (int i = 0; i < GridKt._size(grid); i++) {
            List<String> row = GridKt._getFormattedRow(grid, i);
            if (row.getFirst().equals(name)) {
                return row;
            }
        }
        throw new AssertionError("No row " + name);
    }
}
