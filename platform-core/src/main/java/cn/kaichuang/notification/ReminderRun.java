package cn.kaichuang.notification;

import java.util.List;

/** What one reminder run did: reminders newly sent, and the institutions that failed. */
public record ReminderRun(int sent, List<String> failed) {
}
