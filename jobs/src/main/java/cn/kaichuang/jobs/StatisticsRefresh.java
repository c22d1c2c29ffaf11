package cn.kaichuang.jobs;

import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;

/** Runs the statistics snapshot now, on whichever node of the cluster picks it up. */
public class StatisticsRefresh {

    private final Scheduler scheduler;

    StatisticsRefresh(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    public void requestNow() {
        try {
            scheduler.triggerJob(JobKey.jobKey(JobsAutoConfiguration.STATISTICS_JOB));
        } catch (SchedulerException e) {
            throw new IllegalStateException("Could not start the statistics snapshot", e);
        }
    }
}
