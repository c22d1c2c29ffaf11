package cn.kaichuang.app.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.kaichuang.app.ui.attendance.AttendanceView;
import cn.kaichuang.cohort.CohortView;
import cn.kaichuang.cohort.Cohorts;
import cn.kaichuang.identity.Caller;
import cn.kaichuang.supervision.SupervisedInstitution;
import cn.kaichuang.tenancy.TenantCode;
import cn.kaichuang.testsupport.SessionRows;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** 考勤总览: an empty state until check-in records exist, then rates and who is below the rule. */
class AttendanceViewTest extends KaribuTest {

    @Autowired
    Cohorts cohorts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void withoutRecordsTheOverviewSaysAttendanceComesWithCheckIn() {
        Caller admin = login("admin1");
        asTenantOf(admin, () -> {
            UI.getCurrent().navigate(AttendanceView.class);
            assertThat(_get(EmptyState.class).getElement().getTextRecursively()).contains("暂无考勤记录", "签到");
            assertThat(_find(Grid.class)).isEmpty();
        });
    }

    @Test
    void recordedSessionsShowTheRateAndWhoIsBelowTheThresholdToStaffAndTheProvince() {
        Caller admin = login("admin1");
        TenantCode tenant = admin.tenantCode().orElseThrow();
        String schema = tenant.schemaName();
        CohortView cohort = inTenant(admin, () -> cohorts.all().getFirst());
        List<Long> roster = inTenant(admin, () -> cohorts.roster(cohort.id())).stream().map(t -> t.value()).toList();
        List<Long> sessions = IntStream.range(0, 4).mapToObj(i -> jdbc.sql(SessionRows.insert(schema, "now() - make_interval(days => ?)"))
                .params(cohort.id().value(), 10 - i, 10 - i).query(Long.class).single()).toList();
        try {
            // Everyone attends all four sessions except the first trainee, who attends one (25%).
            for (long session : sessions) {
                for (long trainee : roster) {
                    if (trainee != roster.getFirst() || session == sessions.getFirst()) {
                        jdbc.sql("insert into " + schema + ".attendance_record (session_id, trainee_id, checked_in_at)"
                                + " values (?, ?, now())").params(session, trainee).update();
                    }
                }
            }
            asTenantOf(admin, () -> {
                UI.getCurrent().navigate(AttendanceView.class);
                List<String> row = row(_get(Grid.class), cohort.name());
                assertThat(row.get(2)).isEqualTo("4/4");
                assertThat(row.get(4)).startsWith("1 人");
                assertThat(row.get(5)).isNotBlank();
            });

            Caller lecturer = login("lecturer1");
            UI.getCurrent().navigate("verify");
            asTenantOf(lecturer, () -> {
                UI.getCurrent().navigate(AttendanceView.class);
                assertThat(GridKt._size(_get(Grid.class))).isEqualTo(1);
            });

            login("province");
            UI.getCurrent().navigate("verify");
            UI.getCurrent().navigate(AttendanceView.class);
            @SuppressWarnings("unchecked")
            ComboBox<SupervisedInstitution> picker = _get(ComboBox.class);
            picker.setValue(picker.getListDataView().getItems().filter(i -> i.tenant().code().equals(tenant))
                    .findFirst().orElseThrow());
            assertThat(row(_get(Grid.class), cohort.name()).get(4)).startsWith("1 人");
        } finally {
            jdbc.sql("delete from " + schema + ".attendance_record where session_id in (:ids)").param("ids", sessions)
                    .update();
            jdbc.sql("delete from " + schema + ".cohort_session where id in (:ids)").param("ids", sessions).update();
        }
    }

    private static List<String> row(Grid<?> grid, String cohortName) {
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._getFormattedRow(grid, i))
                .filter(r -> r.getFirst().equals(cohortName)).findFirst().orElseThrow();
    }

    private static <T> T inTenant(Caller user, java.util.function.Supplier<T> work) {
        return cn.kaichuang.tenancy.TenantContext.call(user.tenantCode().orElseThrow(), work);
    }
}
