package cn.kaichuang.jobs;

import cn.kaichuang.notification.ReminderRun;
import cn.kaichuang.notification.Reminders;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every few minutes: reminds lecturers of their sessions and people of due dates. Each reminder
 * is sent once, however often this runs and on whichever node (the core's dedup keys).
 */
@DisallowConcurrentExecution
public class ReminderJob implements Job {

    private static final Logger log = LoggerFactory.getLogger(ReminderJob.class);

    private final Reminders reminders;

    public ReminderJob(Reminders reminders) {
        this.reminders = reminders;
    }

    @Override
    public void execute(JobExecutionContext context) {
        ReminderRun run = reminders.sendDue();
        if (run.sent() > 0 || !run.failed().isEmpty()) {
            log.info("Reminders: {} sent, failed institutions {}", run.sent(), run.failed());
        }
    }
}
