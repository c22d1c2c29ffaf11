package cn.kaichuang.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param sessionLead how long before a session its lecturer is reminded ({@code kaichuang.reminders.session-lead})
 * @param dueLead how long before a due date the {@link DueDateSource}s' items are reminded
 * @param mailFrom the sender address of notification e-mails
 * @param cron when the reminder job looks for what to remind (Quartz cron)
 */
@ConfigurationProperties("kaichuang.reminders")
public record NotificationProperties(
        @DefaultValue("PT2H") Duration sessionLead,
        @DefaultValue("P1D") Duration dueLead,
        @DefaultValue("noreply@kaichuang.local") String mailFrom,
        @DefaultValue("0 */5 * * * ?") String cron) {
}
