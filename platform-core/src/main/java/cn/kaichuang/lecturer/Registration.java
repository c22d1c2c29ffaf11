package cn.kaichuang.lecturer;

import cn.kaichuang.cohort.Ids.LecturerId;
import cn.kaichuang.tenancy.TenantCode;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A lecturer registered for an activity; {@code attended} is null until the province records it. */
public record Registration(long activityId, TenantCode tenant, String institutionName, LecturerId lecturer,
        String lecturerName, Instant registeredAt, @Nullable Boolean attended) {
}
