package cn.kaichuang.supervision;

import cn.kaichuang.cohort.CourseType;
import cn.kaichuang.tenancy.TenantCode;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A certificate in the cross-institution list (from the platform's registry, always current). */
public record ConsoleCertificate(String serial, TenantCode tenant, String institutionName, CourseType courseType,
        Instant issuedAt, @Nullable Instant revokedAt) {

    public boolean revoked() {
        return revokedAt != null;
    }
}
