package cn.kaichuang.jobs;

import java.util.TimeZone;
import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The follow-up's jobs (FS-2, TM-9), imported by {@link JobsAutoConfiguration}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FollowupJobsProperties.class)
class FollowupJobsConfiguration {

    static final String SURVEYS_JOB = "followup-surveys";
    static final String KPIS_JOB = "followup-kpis";

    @Bean
    JobDetail followupSurveyJob() {
        return JobBuilder.newJob(FollowupSurveyJob.class).withIdentity(SURVEYS_JOB)
                .withDescription("Opens due follow-up surveys and reminds trainees of open ones").storeDurably().build();
    }

    @Bean
    Trigger followupSurveyTrigger(JobDetail followupSurveyJob, FollowupJobsProperties jobs) {
        // In China time, so reminders arrive in the trainee's morning whatever the server's zone; a
        // missed morning (all replicas down) is made up: surveys and reminders are idempotent.
        return TriggerBuilder.newTrigger().forJob(followupSurveyJob).withIdentity(SURVEYS_JOB)
                .withSchedule(CronScheduleBuilder.cronSchedule(jobs.surveysCron())
                        .inTimeZone(TimeZone.getTimeZone("Asia/Shanghai"))
                        .withMisfireHandlingInstructionFireAndProceed())
                .build();
    }

    @Bean
    JobDetail outcomeKpiJob() {
        return JobBuilder.newJob(OutcomeKpiJob.class).withIdentity(KPIS_JOB)
                .withDescription("Outcome KPI snapshots of every institution for the province").storeDurably().build();
    }

    @Bean
    Trigger outcomeKpiTrigger(JobDetail outcomeKpiJob, FollowupJobsProperties jobs) {
        return TriggerBuilder.newTrigger().forJob(outcomeKpiJob).withIdentity(KPIS_JOB)
                .withSchedule(CronScheduleBuilder.cronSchedule(jobs.kpisCron()).withMisfireHandlingInstructionDoNothing())
                .build();
    }
}
