package cn.kaichuang.jobs;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.util.Properties;
import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.boot.quartz.autoconfigure.SchedulerFactoryBeanCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * Quartz with the clustered JDBC store in schema {@code platform}: every replica runs the
 * scheduler and each firing happens on one of them. The scheduler has a pool of its own so
 * that it never borrows a connection acting as a tenant (DESIGN §11).
 */
@AutoConfiguration(after = DataSourceAutoConfiguration.class)
@EnableConfigurationProperties(JobsProperties.class)
@Import(FollowupJobsConfiguration.class)
public class JobsAutoConfiguration {

    static final String STATISTICS_JOB = "statistics-snapshot";
    static final String AUDIT_JOB = "audit-verification";
    static final String CONSOLE_JOB = "console-snapshot";
    static final String REMINDER_JOB = "reminders";
    static final String EXAM_SWEEP_JOB = "exam-sweep";

    /** Not a {@code DataSource} bean, so that the application's own pool stays the only one. */
    record QuartzPool(HikariDataSource dataSource) implements AutoCloseable {

        @Override
        public void close() {
            dataSource.close();
        }
    }

    @Bean
    QuartzPool quartzPool(DataSourceProperties database, JobsProperties jobs) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(database.determineUrl());
        pool.setUsername(database.determineUsername());
        pool.setPassword(database.determinePassword());
        pool.setMaximumPoolSize(jobs.poolSize());
        pool.setPoolName("quartz");
        return new QuartzPool(pool);
    }

    @Bean
    SchedulerFactoryBeanCustomizer clusteredJdbcStore(QuartzPool quartzPool, JobsProperties jobs) {
        return scheduler -> {
            scheduler.setDataSource(quartzPool.dataSource());
            Properties quartz = new Properties();
            quartz.setProperty("org.quartz.scheduler.instanceName", jobs.clusterName());
            quartz.setProperty("org.quartz.scheduler.instanceId", "AUTO");
            quartz.setProperty("org.quartz.jobStore.isClustered", "true");
            quartz.setProperty("org.quartz.jobStore.tablePrefix", "platform.qrtz_");
            quartz.setProperty("org.quartz.jobStore.driverDelegateClass",
                    "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate");
            quartz.setProperty("org.quartz.threadPool.threadCount", String.valueOf(jobs.threads()));
            scheduler.setQuartzProperties(quartz);
            // Triggers are stored once; ScheduleReconciler updates them only when their schedule changed.
            scheduler.setOverwriteExistingJobs(false);
        };
    }

    @Bean
    SchedulerFactoryBeanCustomizer jobMetricsListener(ObjectProvider<MeterRegistry> registry) {
        return scheduler -> {
            JobMetrics metrics = new JobMetrics(registry.getIfAvailable(SimpleMeterRegistry::new), Clock.systemUTC());
            scheduler.setGlobalJobListeners(metrics);
            scheduler.setGlobalTriggerListeners(metrics);
        };
    }

    @Bean
    JobDetail statisticsSnapshotJob() {
        return JobBuilder.newJob(StatisticsSnapshotJob.class).withIdentity(STATISTICS_JOB)
                .withDescription("Per-institution statistics snapshot").storeDurably().build();
    }

    @Bean
    Trigger statisticsSnapshotTrigger(JobDetail statisticsSnapshotJob, JobsProperties jobs) {
        return TriggerBuilder.newTrigger().forJob(statisticsSnapshotJob).withIdentity(STATISTICS_JOB)
                .withSchedule(CronScheduleBuilder.cronSchedule(jobs.statisticsCron())
                        .withMisfireHandlingInstructionDoNothing())
                .build();
    }

    @Bean
    JobDetail consoleSnapshotJob() {
        return JobBuilder.newJob(ConsoleSnapshotJob.class).withIdentity(CONSOLE_JOB)
                .withDescription("Snapshots of every institution for the provincial console").storeDurably().build();
    }

    @Bean
    Trigger consoleSnapshotTrigger(JobDetail consoleSnapshotJob, JobsProperties jobs) {
        return TriggerBuilder.newTrigger().forJob(consoleSnapshotJob).withIdentity(CONSOLE_JOB)
                .withSchedule(CronScheduleBuilder.cronSchedule(jobs.consoleCron())
                        .withMisfireHandlingInstructionDoNothing())
                .build();
    }

    @Bean
    JobDetail auditVerificationJob() {
        return JobBuilder.newJob(AuditVerificationJob.class).withIdentity(AUDIT_JOB)
                .withDescription("Nightly verification of every audit chain").storeDurably().build();
    }

    @Bean
    Trigger auditVerificationTrigger(JobDetail auditVerificationJob, JobsProperties jobs) {
        return TriggerBuilder.newTrigger().forJob(auditVerificationJob).withIdentity(AUDIT_JOB)
                .withSchedule(CronScheduleBuilder.cronSchedule(jobs.auditCron()).withMisfireHandlingInstructionFireAndProceed())
                .build();
    }

    @Bean
    JobDetail reminderJob() {
        return JobBuilder.newJob(ReminderJob.class).withIdentity(REMINDER_JOB)
                .withDescription("Session and due-date reminders").storeDurably().build();
    }

    @Bean
    Trigger reminderTrigger(JobDetail reminderJob, cn.kaichuang.notification.NotificationProperties reminders) {
        return TriggerBuilder.newTrigger().forJob(reminderJob).withIdentity(REMINDER_JOB)
                .withSchedule(CronScheduleBuilder.cronSchedule(reminders.cron())
                        .withMisfireHandlingInstructionDoNothing())
                .build();
    }

    @Bean
    JobDetail examSweepJob() {
        return JobBuilder.newJob(ExamSweepJob.class).withIdentity(EXAM_SWEEP_JOB)
                .withDescription("Submits exam attempts whose deadline has passed").storeDurably().build();
    }

    @Bean
    Trigger examSweepTrigger(JobDetail examSweepJob, JobsProperties jobs) {
        return TriggerBuilder.newTrigger().forJob(examSweepJob).withIdentity(EXAM_SWEEP_JOB)
                .withSchedule(CronScheduleBuilder.cronSchedule(jobs.examSweepCron())
                        .withMisfireHandlingInstructionDoNothing())
                .build();
    }

    @Bean
    ScheduleReconciler scheduleReconciler(org.quartz.Scheduler scheduler, java.util.List<Trigger> triggers) {
        return new ScheduleReconciler(scheduler, triggers);
    }

    @Bean
    StatisticsRefresh statisticsRefresh(org.quartz.Scheduler scheduler) {
        return new StatisticsRefresh(scheduler);
    }
}
