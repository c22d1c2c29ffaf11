package cn.kaichuang.jobs;

import cn.kaichuang.audit.ChainVerification;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.JobListener;
import org.quartz.Trigger;
import org.quartz.Trigger.CompletedExecutionInstruction;
import org.quartz.TriggerListener;

/**
 * Quartz runs as Prometheus metrics: {@code kaichuang_jobs_runs_total{quartz_job,outcome}},
 * {@code kaichuang_jobs_misfires_total{quartz_job}}, {@code kaichuang_jobs_last_success_seconds{quartz_job}}
 * (Unix time) and, once this node has verified them, {@code kaichuang_audit_chains_broken}. The tag
 * is {@code quartz_job}, not {@code job}, which Prometheus reserves for the scrape target. A job runs
 * on one node of the cluster, so alerts aggregate over pods ({@code max}, {@code sum}).
 */
final class JobMetrics implements JobListener, TriggerListener {

    private final MeterRegistry registry;
    private final Clock clock;
    private final Map<String, AtomicLong> lastSuccess = new ConcurrentHashMap<>();
    private final AtomicLong brokenChains = new AtomicLong();
    private volatile boolean chainsVerified;

    JobMetrics(MeterRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    @Override
    public String getName() {
        return "kaichuang-metrics";
    }

    @Override
    public void jobWasExecuted(JobExecutionContext context, JobExecutionException failure) {
        String job = context.getJobDetail().getKey().getName();
        Counter.builder("kaichuang.jobs.runs").description("Runs of scheduled jobs on this node")
                .tags("quartz_job", job, "outcome", failure == null ? "success" : "failure")
                .register(registry).increment();
        if (failure == null) {
            lastSuccess.computeIfAbsent(job, this::lastSuccessGauge).set(clock.millis() / 1000);
        }
        if (context.getResult() instanceof List<?> results && !results.isEmpty()
                && results.getFirst() instanceof ChainVerification) {
            brokenChains.set(results.stream().filter(r -> !((ChainVerification) r).intact()).count());
            registerChainGauge();
        }
    }

    private AtomicLong lastSuccessGauge(String job) {
        AtomicLong value = new AtomicLong();
        Gauge.builder("kaichuang.jobs.last.success", value, AtomicLong::get).baseUnit("seconds")
                .description("Unix time of the job's last successful run on this node")
                .tags("quartz_job", job).register(registry);
        return value;
    }

    private void registerChainGauge() {
        if (!chainsVerified) {
            Gauge.builder("kaichuang.audit.chains.broken", brokenChains, AtomicLong::get)
                    .description("Audit chains found broken by this node's last verification").register(registry);
            chainsVerified = true;
        }
    }

    @Override
    public void triggerMisfired(Trigger trigger) {
        Counter.builder("kaichuang.jobs.misfires").description("Firings Quartz could not run on time")
                .tags("quartz_job", trigger.getJobKey().getName()).register(registry).increment();
    }

    @Override
    public void jobToBeExecuted(JobExecutionContext context) {
        // counted when done
    }

    @Override
    public void jobExecutionVetoed(JobExecutionContext context) {
        // no vetoes here
    }

    @Override
    public void triggerFired(Trigger trigger, JobExecutionContext context) {
        // counted when the job is done
    }

    @Override
    public boolean vetoJobExecution(Trigger trigger, JobExecutionContext context) {
        return false;
    }

    @Override
    public void triggerComplete(Trigger trigger, JobExecutionContext context,
            CompletedExecutionInstruction instruction) {
        // counted by jobWasExecuted
    }
}
