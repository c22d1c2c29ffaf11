package cn.kaichuang.jobs;

import cn.kaichuang.followup.FollowupSurveys;
import cn.kaichuang.tenancy.Tenant;
import cn.kaichuang.tenancy.TenantContext;
import cn.kaichuang.tenancy.TenantDirectory;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the follow-up surveys that fell due (3, 6, 12 months after a cohort completed) and reminds
 * trainees of open ones, institution by institution; one institution's failure does not stop the others.
 */
@DisallowConcurrentExecution
public class FollowupSurveyJob implements Job {

    private static final Logger log = LoggerFactory.getLogger(FollowupSurveyJob.class);

    private final TenantDirectory tenants;
    private final FollowupSurveys surveys;

    public FollowupSurveyJob(TenantDirectory tenants, FollowupSurveys surveys) {
        this.tenants = tenants;
        this.surveys = surveys;
    }

    @Override
    public void execute(JobExecutionContext context) {
        int opened = 0;
        int reminded = 0;
        int failed = 0;
        for (Tenant tenant : tenants.active()) {
            try {
                opened += TenantContext.call(tenant.code(), surveys::schedule);
                reminded += TenantContext.call(tenant.code(), surveys::remind);
            } catch (RuntimeException e) {
                log.error("Follow-up surveys of institution {} failed", tenant.code(), e);
                failed++;
            }
        }
        log.info("Follow-up surveys: {} opened, {} reminders, {} institutions failed", opened, reminded, failed);
    }
}
