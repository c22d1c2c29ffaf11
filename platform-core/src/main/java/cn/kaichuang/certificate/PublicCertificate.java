package cn.kaichuang.certificate;

import cn.kaichuang.cohort.CourseType;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What the public verification page shows to anyone holding the serial number: enough for an
 * employer or a bank to match the paper in front of them, never the whole name or ID number,
 * and for a revocation its date and category but not the staff's free-text reason.
 */
public record PublicCertificate(String serial, String maskedName, String maskedIdCard, CourseType courseType,
        String institutionName, LocalDate startDate, LocalDate endDate, Instant issuedAt, CertificateStatus status,
        @Nullable Instant revokedAt, @Nullable RevocationCategory revokeCategory) {

    static PublicCertificate of(Certificate c) {
        return new PublicCertificate(c.serial(), maskName(c.traineeName()), c.idCard().masked(), c.courseType(),
                c.institutionName(), c.startDate(), c.endDate(), c.issuedAt(), c.status(), c.revokedAt(),
                c.revokeCategory());
    }

    /** 张三 → 张*, 欧阳明 → 欧*明, 司马相如 → 司**如. */
    static String maskName(String name) {
        int[] chars = name.codePoints().toArray();
        if (chars.length <= 1) {
            return "*";
        }
        StringBuilder masked = new StringBuilder().appendCodePoint(chars[0]);
        masked.append("*".repeat(chars.length == 2 ? 1 : chars.length - 2));
        if (chars.length > 2) {
            masked.appendCodePoint(chars[chars.length - 1]);
        }
        return masked.toString();
    }
}
