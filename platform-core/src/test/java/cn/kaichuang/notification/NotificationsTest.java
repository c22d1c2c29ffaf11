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
        // A fresh institution's admin has no drafts: no to-do line at all, not a zero one.
        Caller admin = caller("nt-admin", Role.INSTITUTION_ADMIN, other.value(), null);
        assertThat(cn.kaichuang.tenancy.TenantContext.call(other, () -> as(admin, todos::mine)))
                .noneMatch(t -> t.kind().equals("cohort.drafts"));
        cn.kaichuang.tenancy.TenantContext.run(other, () -> run(Caller.SYSTEM, () -> cohorts.create(
                new cn.kaichuang.cohort.NewCohort("GYB 待办1期", cn.kaichuang.cohort.CourseType.GYB,
                        java.time.LocalDate.of(2027, 1, 4), java.time.LocalDate.of(2027, 1, 15),
                        new cn.kaichuang.cohort.Venue("长沙", 28.2, 112.9), 30, null))));
        List<Todo> list = cn.kaichuang.tenancy.TenantContext.call(other, () -> as(admin, todos::mine));
        assertThat(list).contains(new Todo("cohort.drafts", 1, "cohorts"));
        // Other roles do not get the admin's work.
        Caller trainee = caller("nt-trainee", Role.TRAINEE, other.value(), null);
        assertThat(cn.kaichuang.tenancy.TenantContext.call(other, () -> as(trainee, todos::mine)))
                .noneMatch(t -> t.kind().equals("cohort.drafts"));
    }
}
