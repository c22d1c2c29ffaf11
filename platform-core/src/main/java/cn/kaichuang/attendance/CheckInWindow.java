package cn.kaichuang.attendance;

import cn.kaichuang.cohort.Ids.SessionId;
import java.time.Instant;

/** A period in which trainees check in to one session by scanning the lecturer's QR code. */
public record CheckInWindow(long id, SessionId session, Instant opensAt, Instant closesAt, int radiusMeters,
        int accuracyLimitMeters, boolean requireIdDigits, boolean closed) {

    public boolean openAt(Instant now) {
        return !closed && !now.isBefore(opensAt) && now.isBefore(closesAt);
    }
}
