package cn.kaichuang.jobs;

import cn.kaichuang.supervision.SnapshotRun;
import cn.kaichuang.supervision.StatisticsSnapshots;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Hourly snapshot of every institution's figures for the provincial console. */
@DisallowConcurrentExecution
public class StatisticsSnapshotJob implements Job {

    private static final Logger log = LoggerFactory.getLogger(StatisticsSnapshotJob.class);

    private final StatisticsSnapshots snapshots;

    public StatisticsSnapshotJob(StatisticsSnapshots snapshots) {
        this.snapshots = snapshots;
    }

    @Override
    public void execute(JobExecutionContext context) {
        SnapshotRun run = snapshots.refreshAll();
        log.info("Statistics snapshot: {} institutions refreshed, {} failed {}", run.refreshed(), run.failed().size(),
                run.failed());
    }
}
