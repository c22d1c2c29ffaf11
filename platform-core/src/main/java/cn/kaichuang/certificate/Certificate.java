package cn.kaichuang.certificate;

import cn.kaichuang.cohort.CourseType;
import cn.kaichuang.cohort.Ids.CohortId;
import cn.kaichuang.cohort.Ids.TraineeId;
import cn.kaichuang.crypto.IdCardNumber;
import cn.kaichuang.tenancy.TenantCode;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One certificate of the registry, as staff see it; the ID number prints masked. */
public record Certificate(
        String serial,
        TenantCode tenant,
        String institutionName,
        CohortId cohort,
        TraineeId trainee,
        String traineeName,
        IdCardNumber idCard,
        CourseType courseType,
        LocalDate startDate,
        LocalDate endDate,
        Instant issuedAt,
        String issuedBy,
        @Nullable Instant revokedAt,
        @Nullable RevocationCategory revokeCategory,
        @Nullable String revokeReason) {

    public CertificateStatus status() {
        return revokedAt == null ? CertificateStatus.VALID : CertificateStatus.REVOKED;
    }
}
