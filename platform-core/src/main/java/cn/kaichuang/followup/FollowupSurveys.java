package cn.kaichuang.followup;

import cn.kaichuang.audit.AuditEvent;
import cn.kaichuang.audit.AuditTrail;
import cn.kaichuang.cohort.Ids.TraineeId;
import cn.kaichuang.cohort.TraineeView;
import cn.kaichuang.cohort.Trainees;
import cn.kaichuang.followup.internal.FollowupTable;
import cn.kaichuang.followup.internal.FollowupTable.DueReminder;
import cn.kaichuang.followup.internal.FollowupTable.NewOutcome;
import cn.kaichuang.identity.AccessPolicy;
import cn.kaichuang.identity.Caller;
import cn.kaichuang.identity.Role;
import cn.kaichuang.tenancy.TenantContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Follow-up surveys of the current institution (FS-2, TM-9). Quartz opens each wave's survey for
 * every trainee of a completed cohort once it is due ({@link #schedule()}) and reminds trainees of
 * open ones ({@link #remind()}); a trainee answers their own, staff enter answers they took on the
 * phone. Every answer is kept as an {@link Outcome} with its source and who recorded it when.
 * Another trainee's or another institution's survey is "not found", the refusal audited.
 */
@Service
@Transactional(readOnly = true)
public class FollowupSurveys {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final FollowupTable table;
    private final Trainees trainees;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final FollowupProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FollowupSurveys(FollowupTable table, Trainees trainees, AccessPolicy policy, AuditTrail audit,
            FollowupProperties properties, ApplicationEventPublisher events, Optional<Clock> clock) {
        this.table = table;
        this.trainees = trainees;
        this.policy = policy;
        this.audit = audit;
        this.properties = properties;
        this.events = events;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** The configured waves, in months after completion. */
    public List<Integer> waves() {
        return properties.months();
    }

    /** Opens every survey due today (China time); idempotent. @return surveys opened */
    @Transactional
    public int schedule() {
        return schedule(LocalDate.ofInstant(clock.instant(), CHINA));
    }

    /**
     * Opens every wave's survey due on or before {@code asOf} that is not there yet. The platform
     * (the job, the demo seeder, which opens the first wave ahead) and the institution's admin.
     */
    @Transactional
    public int schedule(LocalDate asOf) {
        policy.writerOfCurrentTenant("followup.schedule");
        Instant now = clock.instant();
        int opened = 0;
        for (int months : properties.months()) {
            opened += table.scheduleDue(months, asOf, now);
        }
        if (opened > 0) {
            audit.record(AuditEvent.changed("followup.scheduled", "followup-survey", "*", null,
                    opened + " as of " + asOf));
        }
        return opened;
    }

    /**
     * Records a reminder for every open survey whose last one (or its opening) is older than the
     * interval, up to the maximum, and publishes {@link SurveyReminderDue} for each: the hook a
     * notification feature listens to. @return reminders recorded
     */
    @Transactional
    public int remind() {
        policy.writerOfCurrentTenant("followup.remind");
        Instant now = clock.instant();
        List<DueReminder> due = table.remindersDue(properties.maxReminders(), now.minus(properties.reminderInterval()));
        for (DueReminder reminder : due) {
            table.addReminder(reminder.surveyId(), "IN_APP", now);
            if (reminder.traineeUsername() != null) {
                events.publishEvent(new SurveyReminderDue(TenantContext.require(), reminder.surveyId(),
                        reminder.traineeUsername(), reminder.cohortName(), reminder.waveMonths(), reminder.sent() + 1));
            }
        }
        return due.size();
    }

    // ---- the trainee ---------------------------------------------------------------------------

    /** The caller's surveys, open ones first. */
    public List<Survey> mine() {
        return self().map(t -> table.surveysOf(t.id().value())).orElse(List.of());
    }

    /** The caller's open surveys, for the badge and the home page. */
    public int openCount() {
        return (int) mine().stream().filter(s -> s.status() == SurveyStatus.OPEN).count();
    }

    /** Answers one of the caller's open surveys. */
    @Transactional
    public void answer(long surveyId, SurveyAnswer answer) {
        Caller caller = policy.caller();
        if (!caller.is(Role.TRAINEE)) {
            throw policy.refusal(caller, "followup.answer");
        }
        SurveyAnswer checked = answer.checked();
        TraineeView me = self().orElseThrow(() -> new FollowupException("followup.error.not-found"));
        Survey survey = table.survey(surveyId).filter(s -> s.trainee().equals(me.id())).orElseThrow(() -> {
            policy.refused(caller, "followup-survey", surveyId);
            return new FollowupException("followup.error.not-found");
        });
        record(survey, checked, OutcomeSource.TRAINEE, caller);
    }

    // ---- staff ---------------------------------------------------------------------------------

    /** The institution's surveys, newest due first; empty (the refusal audited) for anyone but its staff. */
    public List<Survey> list(@Nullable SurveyStatus status, int offset, int limit) {
        return staff("followup-surveys").map(c -> table.surveys(status, offset, limit)).orElse(List.of());
    }

    public int count(@Nullable SurveyStatus status) {
        return staff("followup-surveys").map(c -> table.count(status)).orElse(0);
    }

    public Optional<Survey> find(long surveyId) {
        return staff("followup-survey").flatMap(c -> table.survey(surveyId));
    }

    /** Enters the answer of a trainee that staff reached by phone (source PHONE). The institution's admin. */
    @Transactional
    public void answerByPhone(long surveyId, SurveyAnswer answer) {
        Caller caller = policy.writerOfCurrentTenant("followup.phone");
        SurveyAnswer checked = answer.checked();
        Survey survey = table.survey(surveyId).orElseThrow(() -> new FollowupException("followup.error.not-found"));
        record(survey, checked, OutcomeSource.PHONE, caller);
    }

    /** Every outcome recorded for a trainee, newest first: staff of the institution. */
    public List<Outcome> outcomes(TraineeId trainee) {
        return staff("followup-outcomes").map(c -> table.outcomesOf(trainee.value())).orElse(List.of());
    }

    /** The outcome a survey's answer recorded, if answered. */
    public Optional<Outcome> answerOf(long surveyId) {
        Caller caller = policy.caller();
        Optional<Survey> survey = table.survey(surveyId);
        boolean mayRead = survey.isPresent() && (caller.is(Role.TRAINEE)
                ? self().filter(t -> t.id().equals(survey.get().trainee())).isPresent()
                : staff("followup-survey").isPresent());
        if (!mayRead) {
            return Optional.empty();
        }
        return table.outcomesOfSurvey(surveyId).stream().findFirst();
    }

    private void record(Survey survey, SurveyAnswer answer, OutcomeSource source, Caller caller) {
        Instant now = clock.instant();
        if (survey.status() != SurveyStatus.OPEN || !table.markAnswered(survey.id(), now)) {
            throw new FollowupException("followup.error.already-answered");
        }
        long id = table.addOutcome(new NewOutcome(survey.cohort().value(), survey.trainee().value(), survey.id(), null,
                source, answer.startedBusiness(), answer.registrationNumber(), answer.industry(),
                answer.jobsCreated(), answer.employed(), null, answer.needs(), caller.username(), now));
        audit.record(AuditEvent.changed("followup.answered", "followup-survey", survey.id(), SurveyStatus.OPEN,
                source + " outcome " + id));
    }

    private Optional<Caller> staff(String subject) {
        return policy.readerOfCurrentTenant(subject).filter(caller -> {
            if (caller.isSystem() || caller.is(Role.INSTITUTION_ADMIN)) {
                return true;
            }
            policy.refused(caller, subject, "*");
            return false;
        });
    }

    private Optional<TraineeView> self() {
        Caller caller = policy.caller();
        return caller.is(Role.TRAINEE) ? trainees.findByUsername(caller.username()) : Optional.empty();
    }
}
