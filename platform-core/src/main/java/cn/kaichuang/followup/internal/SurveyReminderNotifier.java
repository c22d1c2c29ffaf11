package cn.kaichuang.followup.internal;

import cn.kaichuang.followup.SurveyReminderDue;
import cn.kaichuang.notification.NewNotification;
import cn.kaichuang.notification.Notifications;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Delivers each follow-up survey reminder through the notification centre (in the app, and by
 * e-mail where configured). The key makes a reminder that is published twice arrive once.
 */
@Component
class SurveyReminderNotifier {

    static final String KIND = "followup-survey";

    private final Notifications notifications;

    SurveyReminderNotifier(Notifications notifications) {
        this.notifications = notifications;
    }

    @EventListener
    void remind(SurveyReminderDue due) {
        notifications.notifyOnce(new NewNotification(due.tenant().value(), due.traineeUsername(), KIND,
                "请填写结业 " + due.waveMonths() + " 个月回访问卷",
                "您参加的" + due.cohortName() + "已结业 " + due.waveMonths()
                        + " 个月，请花两分钟告诉我们您的创业和就业情况。",
                "/my-surveys", KIND + ":" + due.tenant().value() + ":" + due.surveyId() + ":" + due.reminderNumber()));
    }
}
