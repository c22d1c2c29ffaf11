package cn.kaichuang.app.ui.lecturer;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.kaichuang.app.ui.KaribuTest;
import cn.kaichuang.cohort.LecturerView;
import cn.kaichuang.cohort.Lecturers;
import cn.kaichuang.identity.Caller;
import cn.kaichuang.lecturer.Activity;
import cn.kaichuang.lecturer.ActivityMode;
import cn.kaichuang.lecturer.DevelopmentActivities;
import cn.kaichuang.lecturer.Registration;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 讲师研修: publish (with checks), register an institution's lecturers, a lecturer themself, record attendance. */
class DevelopmentViewTest extends KaribuTest {

    @Autowired
    DevelopmentActivities activities;
    @Autowired
    Lecturers lecturers;

    @Test
    void theProvincePublishesAndBadInputIsRefusedOnItsField() {
        login("province");
        int before = activities.all().size();
        UI.getCurrent().navigate(DevelopmentView.class);
        assertThat(GridKt._size(_get(DevelopmentView.class).grid)).isEqualTo(before).isGreaterThanOrEqualTo(2);

        _click(_get(Button.class, spec -> spec.withText("发布研修活动")));
        ActivityDialog dialog = _get(ActivityDialog.class);
        dialog.title.setValue("创业培训讲师线上说课");
        dialog.mode.setValue(ActivityMode.ONLINE);
        dialog.location.setValue("省人社厅 3 楼");
        dialog.starts.setValue(LocalDateTime.of(2027, 1, 5, 14, 0));
        dialog.ends.setValue(LocalDateTime.of(2027, 1, 5, 13, 0));
        _click(dialog.confirm);
        assertThat(dialog.location.isInvalid()).isTrue();
        assertThat(dialog.location.getErrorMessage()).contains("https://");
        assertThat(dialog.ends.isInvalid()).isTrue();
        assertThat(activities.all()).hasSize(before);

        dialog.location.setValue("https://meeting.example.cn/42");
        dialog.ends.setValue(LocalDateTime.of(2027, 1, 5, 16, 0));
        dialog.capacity.setValue(2);
        _click(dialog.confirm);
        assertThat(activities.all()).hasSize(before + 1).extracting(Activity::title).contains("创业培训讲师线上说课");
        NotificationsKt.expectNotifications("研修活动已发布");
    }

    @Test
    void anAdminRegistersLecturersTheLecturerThemselfAndTheProvinceRecordsAttendance() {
        login("province");
        long id = activities.publish(new cn.kaichuang.lecturer.NewActivity("SYB 讲师集体备课", ActivityMode.OFFLINE,
                java.time.Instant.parse("2027-02-01T01:00:00Z"), java.time.Instant.parse("2027-02-01T08:00:00Z"),
                "长沙市芙蓉区五一大道 766 号", 5, ""));
        Activity activity = activities.find(id).orElseThrow();

        Caller admin = login("admin1");
        asTenantOf(admin, () -> {
            UI.getCurrent().navigate(DevelopmentView.class);
            DevelopmentView view = _get(DevelopmentView.class);
            view.grid.select(activity);
            assertThat(view.getElement().getTextRecursively()).contains("该活动还没有报名");
            _click(_get(Button.class, spec -> spec.withText("为讲师报名")));
            @SuppressWarnings("unchecked")
            MultiSelectComboBox<LecturerView> choice = _get(MultiSelectComboBox.class);
            choice.setValue(Set.of(lecturers.all().stream().filter(l -> l.name().equals("罗慧敏")).findFirst()
                    .orElseThrow()));
            List<Button> registerButtons = _find(Button.class, spec -> spec.withText("为讲师报名"));
            _click(registerButtons.getLast());
            assertThat(GridKt._size(view.registrations)).isEqualTo(1);
        });

        // Navigating to the route shown keeps its view: leave it, so that the next user gets a view of their own.
        UI.getCurrent().navigate("verify/-");
        Caller lecturer = login("lecturer1");
        asTenantOf(lecturer, () -> {
            UI.getCurrent().navigate(DevelopmentView.class);
            DevelopmentView view = _get(DevelopmentView.class);
            view.grid.select(activities.find(id).orElseThrow());
            _click(_get(Button.class, spec -> spec.withText("我要报名")));
        });
        assertThat(activities.registrations(id)).extracting(Registration::lecturerName)
                .containsExactlyInAnyOrder("罗慧敏", "谭志强");

        UI.getCurrent().navigate("verify/-");
        login("province");
        UI.getCurrent().navigate(DevelopmentView.class);
        DevelopmentView view = _get(DevelopmentView.class);
        view.grid.select(activities.find(id).orElseThrow());
        HorizontalLayout actions = (HorizontalLayout) GridKt._getCellComponent(view.registrations, 0, "actions");
        _click((Button) actions.getComponentAt(0));
        assertThat(activities.registrations(id)).filteredOn(r -> Boolean.TRUE.equals(r.attended())).hasSize(1);
        assertThat(activities.find(id)).map(Activity::attended).contains(1);
    }
}
