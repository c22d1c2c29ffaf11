package cn.kaichuang.attendance;

import cn.kaichuang.cohort.Ids.SessionId;
import cn.kaichuang.cohort.Ids.TraineeId;
import java.time.Instant;

/** A trainee's request to miss a session, and the lecturer's decision. */
public record LeaveRequest(long id, SessionId session, TraineeId trainee, String traineeName, String reason,
        Status status, Instant requestedAt) {

    public enum Status {
        PENDING,
        APPROVED,
        REJECTED
    }
}
