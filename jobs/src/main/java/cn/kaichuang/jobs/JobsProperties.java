package cn.kaichuang.jobs;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param statisticsCron when the statistics snapshot runs (Quartz cron)
 * @param consoleCron when the provincial console's snapshots are refreshed: its figures are at
 *                    most this interval plus one run old
 * @param auditCron when every audit chain is verified
 * @param threads worker threads of each node's scheduler
 * @param poolSize connections of the scheduler's own pool, apart from the tenant pool
 * @param clusterName Quartz scheduler name: the instances sharing it on one database form one
 *                    cluster; Quartz also keys its JVM-wide connection registry by it, so two
 *                    schedulers in one JVM (tests) on different databases need different names
 * @param examSweepCron when exam attempts past their deadline are submitted and marked
 */
@ConfigurationProperties("kaichuang.jobs")
public record JobsProperties(
        @DefaultValue("0 0 * * * ?") String statisticsCron,
        @DefaultValue("0 30 2 * * ?") String auditCron,
        @DefaultValue("0 */5 * * * ?") String consoleCron,
        @DefaultValue("4") int threads,
        @DefaultValue("3") int poolSize,
        @DefaultValue("kaichuang") String clusterName,
        @DefaultValue("0 * * * * ?") String examSweepCron) {
}
