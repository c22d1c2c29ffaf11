package cn.kaichuang.jobs;

import java.util.List;
import java.util.Objects;
import org.quartz.CronTrigger;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;

/**
 * Brings stored cron triggers in line with the configured schedules, and leaves them alone when
 * they already match. Overwriting every trigger on every start (Spring's
 * {@code overwriteExistingJobs}) made a replica that started around a firing time fire that time
 * a second time across the cluster: its trigger's start lay just before the time another replica
 * had already fired. TwoInstancesTest caught it.
 */
final class ScheduleReconciler implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(ScheduleReconciler.class);

    private final Scheduler scheduler;
    private final List<Trigger> configured;

    ScheduleReconciler(Scheduler scheduler, List<Trigger> configured) {
        this.scheduler = scheduler;
        this.configured = List.copyOf(configured);
    }

    @Override
    public void afterSingletonsInstantiated() {
        for (Trigger trigger : configured) {
            if (trigger instanceof CronTrigger wanted) {
                reconcile(wanted);
            }
        }
    }

    private void reconcile(CronTrigger wanted) {
        try {
            Trigger stored = scheduler.getTrigger(wanted.getKey());
            if (stored instanceof CronTrigger current
                    && Objects.equals(current.getCronExpression(), wanted.getCronExpression())
                    && Objects.equals(current.getTimeZone(), wanted.getTimeZone())
                    && current.getMisfireInstruction() == wanted.getMisfireInstruction()) {
                return;
            }
            // Starting now, so the new schedule never fires a time that has already passed.
            Trigger replacement = wanted.getTriggerBuilder().startNow().build();
            if (stored == null) {
                scheduler.scheduleJob(replacement);
            } else {
                scheduler.rescheduleJob(wanted.getKey(), replacement);
                log.info("Schedule of {} changed to '{}'", wanted.getKey(), wanted.getCronExpression());
            }
        } catch (SchedulerException e) {
            throw new IllegalStateException("Could not bring trigger " + wanted.getKey() + " up to date", e);
        }
    }
}
