package cn.kaichuang.app.ui.notification;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.kaichuang.app.ui.KaribuTest;
import cn.kaichuang.identity.Caller;
import cn.kaichuang.notification.NewNotification;
import cn.kaichuang.notification.Notifications;
import cn.kaichuang.testsupport.SignedIn;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 消息通知 with the header's bell, and 待办 with the to-dos on the home page. */
class NotificationViewsTest extends KaribuTest {

    @Autowired
    Notifications notifications;

    @Test
    void theBellCountsUnreadAndOpeningANotificationMarksItRead() {
        Caller lecturer = login("lecturer1");
        notifications.notifyOnce(new NewNotification(lecturer.tenant(), lecturer.username(), "notice", "视图测试通知",
                "正文", null, null));
        asTenantOf(lecturer, () -> {
            UI.getCurrent().navigate(NotificationsView.class);
            NotificationBell bell = _get(NotificationBell.class);
            int unread = notifications.unreadCount();
            assertThat(unread).isPositive();
            assertThat(bell.badge.getText()).isEqualTo(String.valueOf(unread));
            NotificationsView view = _get(NotificationsView.class);
            assertThat(view.list.getElement().getTextRecursively()).contains("视图测试通知");
            var mine = notifications.mine().stream().filter(n -> n.title().equals("视图测试通知")).findFirst()
                    .orElseThrow();
            view.open(mine);
            assertThat(notifications.unreadCount()).isEqualTo(unread - 1);

            view.email.setValue("wrong");
            view.saveEmail();
            assertThat(view.email.isInvalid()).isTrue();
            assertThat(notifications.myEmail()).isEmpty();
        });
    }

    @Test
    void theAdminsTodosListTheDraftCohortAndShowOnTheHome() {
        Caller admin = login("admin1");
        asTenantOf(admin, () -> {
            UI.getCurrent().navigate(TodosView.class);
            TodosView view = _get(TodosView.class);
            assertThat(view.panel.todos).anySatisfy(t -> assertThat(t.kind()).isEqualTo("cohort.drafts"));
            assertThat(view.panel.getElement().getTextRecursively()).contains("个班期草稿待提交审批");
            UI.getCurrent().navigate("");
            assertThat(_get(TodoPanel.class).getElement().getTextRecursively()).contains("个班期草稿待提交审批");
        });
        // The same to-do is not the expert's.
        Caller expert = login("expert1");
        asTenantOf(expert, () -> assertThat(SignedIn.as(expert, () -> new TodoPanel(todos(), true).todos))
                .noneMatch(t -> t.kind().equals("cohort.drafts")));
    }

    @Autowired
    cn.kaichuang.notification.Todos todosBean;

    private cn.kaichuang.notification.Todos todos() {
        return todosBean;
    }
}
