package cn.kaichuang.jobs;

import cn.kaichuang.supervision.ConsoleSnapshots;
import cn.kaichuang.supervision.SnapshotRun;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Snapshots every institution for the provincial console, every five minutes by default. */
@DisallowConcurrentExecution
public class ConsoleSnapshotJob implements Job {

    private static final Logger log = LoggerFactory.getLogger(ConsoleSnapshotJob.class);

    private final ConsoleSnapshots console;

    public ConsoleSnapshotJob(ConsoleSnapshots console) {
        this.console = console;
    }

    @Override
    public void execute(JobExecutionContext context) {
        SnapshotRun run = console.refresh();
        log.info("Console snapshot: {} institutions refreshed, {} failed {}", run.refreshed(), run.failed().size(),
                run.failed());
    }
}
