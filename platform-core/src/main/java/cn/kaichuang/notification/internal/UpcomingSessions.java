package cn.kaichuang.notification.internal;

import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The current institution's timetable sessions starting in a window, with their lecturer's login. */
@Component
public class UpcomingSessions {

    public record Upcoming(long sessionId, String cohortName, String topic, String venue, LocalDateTime startsAt,
            String lecturerUsername) {
    }

    private final EntityManager entityManager;

    UpcomingSessions(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Sessions with {@code from < starts_at <= until} (China time) whose lecturer has a login. */
    @Transactional(readOnly = true)
    public List<Upcoming> between(LocalDateTime from, LocalDateTime until) {
        return entityManager.createNativeQuery("select s.id, c.name, s.topic, s.venue_address, s.starts_at, l.username"
                        + " from cohort_session s join cohort c on c.id = s.cohort_id join lecturer l on l.id ="
                        + " s.lecturer_id where s.starts_at > ?1 and s.starts_at <= ?2 and l.username is not null"
                        + " order by s.starts_at").setParameter(1, from).setParameter(2, until).getResultList()
                .stream().map(row -> {
                    Object[] c = (Object[]) row;
                    Object start = c[4];
                    return new Upcoming(((Number) c[0]).longValue(), (String) c[1], (String) c[2], (String) c[3],
                            start instanceof Timestamp t ? t.toLocalDateTime() : (LocalDateTime) start,
                            (String) c[5]);
                }).toList();
    }
}
