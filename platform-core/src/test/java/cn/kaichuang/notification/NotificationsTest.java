package cn.kaichuang.notification;

import static cn.kaichuang.testsupport.SignedIn.as;
import static cn.kaichuang.testsupport.SignedIn.caller;
import static cn.kaichuang.testsupport.SignedIn.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kaichuang.identity.Caller;
import cn.kaichuang.identity.Role;
import cn.kaichuang.tenancy.TenantCode;
import cn.kaichuang.tenancy.TenantDirectory;
import cn.kaichuang.tenancy.TenantProvisioning;
import cn.kaichuang.testsupport.PlatformTest;
import cn.kaichuang.testsupport.Tenants;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@PlatformTest
class NotificationsTest {

    private final Notifications notifications;
    private final Todos todos;
    private final TenantCode tenant;
    private final TenantCode other;
    private final cn.kaichuang.cohort.Cohorts cohorts;
    @Autowired
    cn.kaichuang.cohort.Lecturers lecturers;
    @Autowired
    cn.kaichuang.cohort.Trainees trainees;
    @Autowired
    cn.kaichuang.attendance.AttendanceDesk desk;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Autowired
    NotificationsTest(Notifications notifications, Todos todos, TenantProvisioning provisioning,
            TenantDirectory directory, cn.kaichuang.cohort.Cohorts cohorts) {
        this.cohorts = cohorts;
        this.notifications = notifications;
        this.todos = todos;
        this.tenant = Tenants.ensure(provisioning, directory, "notify");
        this.other = Tenants.ensure(provisioning, directory, "notify2");
    }

    @Test
    void aNotificationIsDeliveredOncePerKeyCountedUnreadAndMarkedRead() {
        Caller me = caller("nt-lecturer", Role.LECTURER, tenant.value(), null);
        NewNotification reminder = new NewNotification(tenant.value(), me.username(), "session-reminder", "上课提醒",
                "明天上课", "attendance", "test:1:" + me.username());
        assertThat(notifications.notifyOnce(reminder)).isTrue();
        assertThat(notifications.notifyOnce(reminder)).isFalse();
        notifications.notifyOnce(new NewNotification(null, me.username(), "notice", "省级通知", "", null, null));
        // Another institution's notification of the same person is not shown with this one.
        notifications.notifyOnce(new NewNotification(other.value(), me.username(), "notice", "别处", "", null, null));

        List<Notification> mine = as(me, notifications::mine);
        assertThat(mine).extracting(Notification::title).containsExactly("省级通知", "上课提醒");
        assertThat(as(me, notifications::unreadCount)).isEqualTo(2);
        run(me, () -> notifications.markRead(mine.getLast().id()));
        assertThat(as(me, notifications::unreadCount)).isEqualTo(1);
        // Marking again is harmless; someone else's id is not found.
        run(me, () -> notifications.markRead(mine.getLast().id()));
        Caller stranger = caller("nt-other", Role.LECTURER, tenant.value(), null);
        assertThatThrownBy(() -> run(stranger, () -> notifications.markRead(mine.getFirst().id())))
                .hasMessage("notification.error.not-found");
        assertThat(as(me, notifications::unreadCount)).isEqualTo(1);
        assertThat(as(me, notifications::markAllRead)).isEqualTo(1);
        assertThat(as(me, notifications::unreadCount)).isZero();
    }

    @Test
    void anInvalidEmailAddressIsRefusedAndAValidOneKept() {
        Caller me = caller("nt-mail", Role.TRAINEE, tenant.value(), null);
        assertThatThrownBy(() -> run(me, () -> notifications.setMyEmail("not an address")))
                .hasMessage("notification.error.email");
        assertThat(as(me, notifications::myEmail)).isEmpty();
        run(me, () -> notifications.setMyEmail("  nt-mail@example.com "));
        assertThat(as(me, notifications::myEmail)).contains("nt-mail@example.com");
        run(me, () -> notifications.setMyEmail(""));
        assertThat(as(me, notifications::myEmail)).isEmpty();
    }

    @Test
    void theTodoListGathersTheSourcesOfTheCallersRole() {
        // Other tests make draft cohorts here too: the count is checked relative to what was there.
        Caller admin = caller("nt-admin", Role.INSTITUTION_ADMIN, other.value(), null);
        int before = cn.kaichuang.tenancy.TenantContext.call(other, () -> as(admin, todos::mine)).stream()
                .filter(t -> t.kind().equals("cohort.drafts")).mapToInt(Todo::count).sum();
        cn.kaichuang.tenancy.TenantContext.run(other, () -> run(Caller.SYSTEM, () -> cohorts.create(
                new cn.kaichuang.cohort.NewCohort("GYB 待办1期", cn.kaichuang.cohort.CourseType.GYB,
                        java.time.LocalDate.of(2027, 1, 4), java.time.LocalDate.of(2027, 1, 15),
                        new cn.kaichuang.cohort.Venue("长沙", 28.2, 112.9), 30, null))));
        List<Todo> list = cn.kaichuang.tenancy.TenantContext.call(other, () -> as(admin, todos::mine));
        assertThat(list).contains(new Todo("cohort.drafts", before + 1, "cohorts"));
        // A count of zero is no line at all.
        assertThat(list).allMatch(t -> t.count() > 0);
        // Other roles do not get the admin's work.
        Caller trainee = caller("nt-trainee", Role.TRAINEE, other.value(), null);
        assertThat(cn.kaichuang.tenancy.TenantContext.call(other, () -> as(trainee, todos::mine)))
                .noneMatch(t -> t.kind().equals("cohort.drafts"));
    }

    @Test
    void aLeaveRequestIsTheLecturersToDoUntilDecided() {
        var code = other;
        var lecturerId = cn.kaichuang.tenancy.TenantContext.call(code, () -> as(Caller.SYSTEM, () -> lecturers.register(
                new cn.kaichuang.cohort.NewLecturer("待办讲师", null, "TD-1", java.util.Set.of(
                        cn.kaichuang.cohort.CourseType.SYB), "nt-leave-lecturer"))));
        var cohort = cn.kaichuang.tenancy.TenantContext.call(code, () -> as(Caller.SYSTEM, () -> cohorts.create(
                new cn.kaichuang.cohort.NewCohort("SYB 请假1期", cn.kaichuang.cohort.CourseType.SYB,
                        java.time.LocalDate.of(2027, 1, 4), java.time.LocalDate.of(2027, 1, 15),
                        new cn.kaichuang.cohort.Venue("长沙", 28.2, 112.9), 30, lecturerId))));
        String first17 = "43010419930101001";
        var trainee = cn.kaichuang.tenancy.TenantContext.call(code, () -> as(Caller.SYSTEM, () -> {
            var id = trainees.register(new cn.kaichuang.cohort.NewTrainee("请假学员", cn.kaichuang.crypto.IdCardNumber.of(
                    first17 + cn.kaichuang.crypto.IdCardNumber.checkCharacter(first17)), null, "nt-leave-trainee"));
            cohorts.enrol(cohort, id);
            return id;
        }));
        long session = jdbc.sql("insert into " + code.schemaName() + ".cohort_session (cohort_id, starts_at, ends_at,"
                        + " topic, venue_address, venue_lat, venue_lon, lecturer_id) values (?, ?, ?, '财务计划', '长沙',"
                        + " 28.2, 112.9, ?) returning id").params(cohort.value(), java.time.LocalDateTime.of(2027, 1, 5, 9, 0),
                        java.time.LocalDateTime.of(2027, 1, 5, 12, 0), lecturerId.value()).query(Long.class).single();
        Caller lecturer = caller("nt-leave-lecturer", Role.LECTURER, code.value(), null);
        Caller traineeCaller = caller("nt-leave-trainee", Role.TRAINEE, code.value(), null);
        assertThat(cn.kaichuang.tenancy.TenantContext.call(code, () -> as(lecturer, todos::mine)))
                .noneMatch(t -> t.kind().equals("leave.pending"));
        long leave = cn.kaichuang.tenancy.TenantContext.call(code, () -> as(traineeCaller, () -> desk.requestLeave(
                new cn.kaichuang.cohort.Ids.SessionId(session), "家中有事")));
        assertThat(cn.kaichuang.tenancy.TenantContext.call(code, () -> as(lecturer, todos::mine)))
                .contains(new Todo("leave.pending", 1, "attendance"));
        cn.kaichuang.tenancy.TenantContext.run(code, () -> run(lecturer, () -> desk.decideLeave(leave, true)));
        assertThat(cn.kaichuang.tenancy.TenantContext.call(code, () -> as(lecturer, todos::mine)))
                .noneMatch(t -> t.kind().equals("leave.pending"));
    }
}
