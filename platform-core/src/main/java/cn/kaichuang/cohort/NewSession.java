package cn.kaichuang.cohort;

import cn.kaichuang.cohort.Ids.LecturerId;
import java.time.LocalDateTime;

/** One session of the timetable as entered: Beijing local time, the venue with its coordinates. */
public record NewSession(LocalDateTime startsAt, LocalDateTime endsAt, String topic, Venue venue,
        LecturerId lecturer) {

    public NewSession {
        topic = topic.strip();
        if (!endsAt.isAfter(startsAt)) {
            throw new LifecycleException("cohort.error.session-times");
        }
        if (topic.isEmpty() || topic.length() > 200) {
            throw new LifecycleException("cohort.error.session-topic");
        }
        if (venue.address().isBlank() || venue.address().length() > 300) {
            throw new LifecycleException("cohort.error.session-venue");
        }
    }
}
