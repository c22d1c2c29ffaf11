package cn.kaichuang.attendance.internal;

import java.time.LocalDateTime;

/** The timetable facts check-in needs about one session. */
public record SessionRow(long id, long cohortId, LocalDateTime startsAt, LocalDateTime endsAt, String topic,
        double venueLat, double venueLon, long lecturerId) {
}
