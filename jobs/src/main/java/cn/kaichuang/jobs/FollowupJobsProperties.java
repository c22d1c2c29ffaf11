package cn.kaichuang.jobs;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param surveysCron when due follow-up surveys are opened and open ones reminded (Quartz cron in China
 *                    time; daily in the morning, so reminders arrive in the trainee's day)
 * @param kpisCron when the province's outcome KPI snapshots are refreshed
 */
@ConfigurationProperties("kaichuang.jobs.followup")
public record FollowupJobsProperties(@DefaultValue("0 0 8 * * ?") String surveysCron,
        @DefaultValue("0 20 * * * ?") String kpisCron) {
}
