package cn.kaichuang.attendance;

import cn.kaichuang.cohort.Ids.TraineeId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One enrolled trainee at one session: present (and how), on leave, or absent; and whether they
 * answered the latest roll-call.
 */
public record SessionAttendance(TraineeId trainee, String name, @Nullable Method method, @Nullable Instant at,
        @Nullable Integer distanceMeters, @Nullable Boolean answeredRollCall) {

    public enum Method {
        CHECK_IN,
        CORRECTION,
        LEAVE
    }

    public boolean present() {
        return method == Method.CHECK_IN || method == Method.CORRECTION;
    }
}
