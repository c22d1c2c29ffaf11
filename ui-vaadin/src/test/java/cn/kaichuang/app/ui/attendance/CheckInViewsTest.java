package cn.kaichuang.app.ui.attendance;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.kaichuang.app.ui.KaribuTest;
import cn.kaichuang.attendance.Position;
import cn.kaichuang.cohort.CohortView;
import cn.kaichuang.cohort.Cohorts;
import cn.kaichuang.cohort.TraineeView;
import cn.kaichuang.cohort.Trainees;
import cn.kaichuang.identity.Caller;
import cn.kaichuang.tenancy.TenantContext;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 签到台 and the trainee's pages: the admin opens check-in and gets a QR code of the check-in link;
 * the trainee outside the fence is told how far off they are, inside they are checked in; the desk
 * counts them and starts a roll-call that the trainee answers on 我的考勤.
 */
class CheckInViewsTest extends KaribuTest {

    private static final double LAT = 28.1941;
    private static final double LON = 112.9823;

    @Autowired
    Cohorts cohorts;

    @Autowired
    Trainees trainees;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theDeskShowsTheQrCodeAndTheTraineeChecksInInsideTheFenceAndAnswersTheRollCall() {
        Caller trainee = login("trainee1");
        String schema = trainee.tenantCode().orElseThrow().schemaName();
        CohortView cohort = TenantContext.call(trainee.tenantCode().orElseThrow(), () -> {
            TraineeView me = trainees.findByUsername("trainee1").orElseThrow();
            return cohorts.enrolledBy(me.id()).getFirst();
        });
        LocalDateTime start = LocalDateTime.now(ZoneId.of("Asia/Shanghai")).minusMinutes(5);
        long session = jdbc.sql("insert into " + schema + ".cohort_session (cohort_id, starts_at, ends_at, topic,"
                        + " venue_address, venue_lat, venue_lon, lecturer_id) select ?, ?, ?, '签到测试课', '长沙', ?, ?,"
                        + " min(id) from " + schema + ".lecturer returning id")
                .params(cohort.id().value(), start, start.plusHours(2), LAT, LON).query(Long.class).single();
        try {
            Caller admin = login("admin1");
            UI.getCurrent().navigate("verify");
            String[] link = new String[1];
            asTenantOf(admin, () -> {
                UI.getCurrent().navigate(CheckInDeskView.class);
                pick(cohort.name(), "签到测试课");
                _click(_get(Button.class, spec -> spec.withText("开启签到")));
                assertThat(_get(Image.class).getSrc()).startsWith("data:image/png;base64,");
                link[0] = _get(Anchor.class, spec -> spec.withClasses("kc-check-in-link")).getHref();
                assertThat(link[0]).contains("/check-in/");
                assertThat(_get(Div.class, spec -> spec.withClasses("kc-check-in-count")).getText())
                        .startsWith("已签到 0/");
            });
            String token = link[0].substring(link[0].lastIndexOf('/') + 1);

            login("trainee1");
            UI.getCurrent().navigate("verify");
            asTenantOf(trainee, () -> {
                UI.getCurrent().navigate("check-in/" + token);
                CheckInPage page = _get(CheckInPage.class);
                page.submit(new Position(LAT + 0.01, LON, 20));
                assertThat(message()).contains("超出签到范围", "300");
                assertThat(jdbc.sql("select count(*) from " + schema + ".attendance_record where session_id = ?")
                        .param(session).query(Long.class).single()).isZero();
                page.submit(new Position(LAT + 0.0005, LON, 20));
                assertThat(message()).startsWith("签到成功：签到测试课");
                assertThat(_find(Button.class, spec -> spec.withText("获取位置并签到"))).isEmpty();
            });

            login("admin1");
            UI.getCurrent().navigate("verify");
            asTenantOf(admin, () -> {
                UI.getCurrent().navigate(CheckInDeskView.class);
                pick(cohort.name(), "签到测试课");
                assertThat(_get(Div.class, spec -> spec.withClasses("kc-check-in-count")).getText())
                        .startsWith("已签到 1/");
                // The cohort's figures per trainee: trainee1 was present at the one session held.
                @SuppressWarnings("unchecked")
                com.vaadin.flow.component.grid.Grid<cn.kaichuang.attendance.TraineeAttendance> perTrainee =
                        _find(com.vaadin.flow.component.grid.Grid.class).stream()
                                .filter(g -> com.github.mvysny.kaributesting.v10.GridKt._size(g) > 0
                                        && com.github.mvysny.kaributesting.v10.GridKt._get(g, 0)
                                        instanceof cn.kaichuang.attendance.TraineeAttendance)
                                .findFirst().orElseThrow();
                assertThat(perTrainee.getListDataView().getItems().filter(a -> a.present() == 1).count())
                        .isEqualTo(1);
                _click(_get(Button.class, spec -> spec.withText("随机点名")));
            });

            login("trainee1");
            UI.getCurrent().navigate("verify");
            asTenantOf(trainee, () -> {
                UI.getCurrent().navigate(MyAttendanceView.class);
                assertThat(_find(Div.class, spec -> spec.withClasses("kc-roll-call"))).hasSize(1);
                _click(_get(Button.class, spec -> spec.withText("到")));
                assertThat(_find(Div.class, spec -> spec.withClasses("kc-roll-call"))).isEmpty();
            });
            assertThat(jdbc.sql("select count(*) from " + schema + ".roll_call_answer a join " + schema
                    + ".roll_call r on r.id = a.roll_call_id where r.session_id = ?").param(session)
                    .query(Long.class).single()).isEqualTo(1);
        } finally {
            for (String sql : new String[] {
                    "delete from %s.roll_call_answer where roll_call_id in (select id from %s.roll_call where session_id = ?)",
                    "delete from %s.roll_call where session_id = ?", "delete from %s.attendance_record where session_id = ?",
                    "delete from %s.leave_request where session_id = ?", "delete from %s.check_in_window where session_id = ?",
                    "delete from %s.cohort_session where id = ?"}) {
                jdbc.sql(sql.replace("%s", schema)).param(session).update();
            }
        }
    }

    @Test
    void aForgedLinkIsRefusedInWords() {
        Caller trainee = login("trainee1");
        asTenantOf(trainee, () -> {
            UI.getCurrent().navigate("check-in/not-a-token");
            _get(CheckInPage.class).submit(new Position(LAT, LON, 10));
            assertThat(message()).isEqualTo("签到码无效，请重新扫描讲师展示的二维码。");
        });
    }

    @SuppressWarnings("unchecked")
    private static void pick(String cohortName, String topic) {
        ComboBox<CohortView> cohort = _get(ComboBox.class, spec -> spec.withLabel("班期"));
        cohort.setValue(cohort.getListDataView().getItems().filter(c -> c.name().equals(cohortName)).findFirst()
                .orElseThrow());
        ComboBox<cn.kaichuang.cohort.SessionView> session = _get(ComboBox.class, spec -> spec.withLabel("课次"));
        session.setValue(session.getListDataView().getItems().filter(s -> s.topic().equals(topic)).findFirst()
                .orElseThrow());
    }

    private static String message() {
        return _get(Div.class, spec -> spec.withClasses("kc-check-in-message")).getText();
    }
}
