package cn.kaichuang.cohort;

import cn.kaichuang.cohort.Ids.TraineeId;
import cn.kaichuang.tenancy.TenantCode;
import java.time.Instant;

/** A person's trainee record at one institution. */
public record PersonRecord(TenantCode tenant, String institution, String regionCode, TraineeId trainee, String name,
        Instant registeredAt) {
}
