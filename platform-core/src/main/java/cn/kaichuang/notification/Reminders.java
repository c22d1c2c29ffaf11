package cn.kaichuang.notification;

import cn.kaichuang.notification.internal.UpcomingSessions;
import cn.kaichuang.notification.internal.UpcomingSessions.Upcoming;
import cn.kaichuang.tenancy.Tenant;
import cn.kaichuang.tenancy.TenantContext;
import cn.kaichuang.tenancy.TenantDirectory;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Reminders the job sends (as the platform): each lecturer before every session of their timetable
 * ({@code kaichuang.reminders.session-lead} ahead), and the items of every {@link DueDateSource}.
 * Each is sent once: its dedup key names institution, item and recipient, and the notification
 * table's unique key makes a second run, or a second node, skip it.
 */
@Service
public class Reminders {

    private static final Logger log = LoggerFactory.getLogger(Reminders.class);
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("M月d日 HH:mm");

    private final TenantDirectory tenants;
    private final UpcomingSessions sessions;
    private final List<DueDateSource> dueDates;
    private final Notifications notifications;
    private final NotificationProperties properties;
    private final Clock clock;

    Reminders(TenantDirectory tenants, UpcomingSessions sessions, List<DueDateSource> dueDates,
            Notifications notifications, NotificationProperties properties, Optional<Clock> clock) {
        this.tenants = tenants;
        this.sessions = sessions;
        this.dueDates = dueDates;
        this.notifications = notifications;
        this.properties = properties;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** One run over every active institution; one institution's failure does not stop the others. */
    public ReminderRun sendDue() {
        int sent = 0;
        List<String> failed = new ArrayList<>();
        for (Tenant tenant : tenants.active()) {
            try {
                sent += TenantContext.call(tenant.code(), () -> remindIn(tenant.code().value()));
            } catch (RuntimeException e) {
                log.warn("Reminders of {} failed: {}", tenant.code().value(), e.toString());
                failed.add(tenant.code().value());
            }
        }
        return new ReminderRun(sent, failed);
    }

    /**
     * For a feature that knows a due date itself: reminds {@code recipient} of it once (by
     * {@code key}) in the current institution. Returns whether the reminder is new.
     */
    public boolean dueSoon(DueDateSource.DueItem item) {
        String tenant = TenantContext.current().map(t -> t.value()).orElse(null);
        String when = WHEN.format(item.dueAt().atZone(CHINA));
        return notifications.notifyOnce(new NewNotification(tenant, item.recipient(), "due-date",
                "截止提醒：" + item.title(), item.title() + " 将于 " + when + " 截止。", item.link(),
                "due:" + tenant + ":" + item.key() + ":" + item.recipient()));
    }

    private int remindIn(String tenant) {
        Instant now = clock.instant();
        LocalDateTime from = LocalDateTime.ofInstant(now, CHINA);
        int sent = 0;
        for (Upcoming s : sessions.between(from, from.plus(properties.sessionLead()))) {
            String when = WHEN.format(s.startsAt());
            boolean created = notifications.notifyOnce(new NewNotification(tenant, s.lecturerUsername(),
                    "session-reminder", "上课提醒：" + s.cohortName() + " " + when,
                    s.cohortName() + "「" + s.topic() + "」将于 " + when + " 开始，地点：" + s.venue() + "。",
                    "attendance", "session:" + tenant + ":" + s.sessionId() + ":" + s.lecturerUsername()));
            sent += created ? 1 : 0;
        }
        for (DueDateSource source : dueDates) {
            for (DueDateSource.DueItem item : source.dueBefore(now, now.plus(properties.dueLead()))) {
                sent += dueSoon(item) ? 1 : 0;
            }
        }
        return sent;
    }
}
