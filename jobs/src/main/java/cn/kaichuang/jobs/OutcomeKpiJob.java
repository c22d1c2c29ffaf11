package cn.kaichuang.jobs;

import cn.kaichuang.followup.OutcomeKpis;
import cn.kaichuang.supervision.SnapshotRun;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Refreshes the province's outcome KPI snapshots (start-ups, jobs, employment), hourly by default. */
@DisallowConcurrentExecution
public class OutcomeKpiJob implements Job {

    private static final Logger log = LoggerFactory.getLogger(OutcomeKpiJob.class);

    private final OutcomeKpis kpis;

    public OutcomeKpiJob(OutcomeKpis kpis) {
        this.kpis = kpis;
    }

    @Override
    public void execute(JobExecutionContext context) {
        SnapshotRun run = kpis.refresh();
        log.info("Outcome KPI snapshot: {} institutions refreshed, {} failed {}", run.refreshed(), run.failed().size(),
                run.failed());
    }
}
