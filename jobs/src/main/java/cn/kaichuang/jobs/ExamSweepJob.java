package cn.kaichuang.jobs;

import cn.kaichuang.exam.Attempts;
import cn.kaichuang.exam.SweepRun;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Submits and marks every exam attempt whose deadline has passed, every minute by default, so that
 * results and the candidates' lists are final even when nobody reads them (reads mark overdue
 * attempts themselves as well).
 */
@DisallowConcurrentExecution
public class ExamSweepJob implements Job {

    private static final Logger log = LoggerFactory.getLogger(ExamSweepJob.class);

    private final Attempts attempts;

    public ExamSweepJob(Attempts attempts) {
        this.attempts = attempts;
    }

    @Override
    public void execute(JobExecutionContext context) {
        SweepRun run = attempts.sweep();
        if (run.submitted() > 0 || !run.failed().isEmpty()) {
            log.info("Exam sweep: {} attempts submitted at their deadline, {} institutions failed {}", run.submitted(),
                    run.failed().size(), run.failed());
        }
    }
}
