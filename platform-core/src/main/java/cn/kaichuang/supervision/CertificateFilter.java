package cn.kaichuang.supervision;

import cn.kaichuang.cohort.CourseType;
import cn.kaichuang.tenancy.TenantCode;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Filters of the cross-institution certificate list; null means "any".
 *
 * @param serial the start of a serial number
 * @param revoked true: revoked only, false: valid only
 */
public record CertificateFilter(@Nullable String region, @Nullable TenantCode tenant, @Nullable CourseType courseType,
        @Nullable Boolean revoked, @Nullable LocalDate issuedFrom, @Nullable LocalDate issuedTo,
        @Nullable String serial) {

    public static final CertificateFilter NONE = new CertificateFilter(null, null, null, null, null, null, null);
}
