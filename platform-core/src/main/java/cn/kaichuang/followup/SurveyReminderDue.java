package cn.kaichuang.followup;

import cn.kaichuang.tenancy.TenantCode;

/**
 * Published (a Spring application event) for every reminder of an open survey, after it is recorded
 * in {@code followup_reminder}. The hook for a notification feature: a listener may send it as an
 * in-app message or an e-mail to the trainee's login; without one, the trainee sees the open survey
 * on their survey page and staff see the reminders counted.
 */
public record SurveyReminderDue(TenantCode tenant, long surveyId, String traineeUsername, String cohortName,
        int waveMonths, int reminderNumber) {
}
