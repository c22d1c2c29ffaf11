package cn.kaichuang.cohort;

import cn.kaichuang.cohort.Ids.LecturerId;
import cn.kaichuang.cohort.Ids.SessionId;
import java.time.LocalDateTime;

public record SessionView(SessionId id, LocalDateTime startsAt, LocalDateTime endsAt, String topic, Venue venue,
        LecturerId lecturer) {
}
