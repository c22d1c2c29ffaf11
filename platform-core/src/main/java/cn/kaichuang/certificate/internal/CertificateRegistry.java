package cn.kaichuang.certificate.internal;

import cn.kaichuang.certificate.Certificate;
import cn.kaichuang.certificate.RevocationCategory;
import cn.kaichuang.cohort.CourseType;
import cn.kaichuang.cohort.Ids.CohortId;
import cn.kaichuang.cohort.Ids.TraineeId;
import cn.kaichuang.crypto.BlindIndex;
import cn.kaichuang.crypto.IdCardNumber;
import cn.kaichuang.crypto.PiiCipher;
import cn.kaichuang.tenancy.TenantCode;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The table {@code platform.certificate}. The ID number is stored encrypted (the PDF prints it)
 * with its blind index, so the province finds one person's certificates across institutions.
 */
@Component
public class CertificateRegistry {

    private static final String COLUMNS = "serial, tenant_code, institution_name, cohort_id, trainee_id, trainee_name,"
            + " id_card, course_type, start_date, end_date, issued_at, issued_by, revoked_at, revoke_category, revoke_reason";

    private final JdbcClient jdbc;
    private final PiiCipher cipher;
    private final BlindIndex index;

    CertificateRegistry(JdbcClient jdbc, PiiCipher cipher, BlindIndex index) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.index = index;
    }

    public long nextSequence() {
        return jdbc.sql("select nextval('platform.certificate_serial')").query(Long.class).single();
    }

    public void insert(Certificate c) {
        jdbc.sql("insert into platform.certificate (" + COLUMNS + ", id_card_index)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(c.serial(), c.tenant().value(), c.institutionName(), c.cohort().value(), c.trainee().value(),
                        c.traineeName(), cipher.encrypt(c.idCard().value()), c.courseType().name(),
                        Date.valueOf(c.startDate()), Date.valueOf(c.endDate()), Timestamp.from(c.issuedAt()),
                        c.issuedBy(), null, null, null, index.of(c.idCard()))
                .update();
    }

    public Optional<Certificate> find(String serial) {
        return jdbc.sql("select " + COLUMNS + " from platform.certificate where serial = ?").param(serial)
                .query(this::row).optional();
    }

    public List<Certificate> ofCohort(TenantCode tenant, CohortId cohort) {
        return jdbc.sql("select " + COLUMNS + " from platform.certificate where tenant_code = ? and cohort_id = ?"
                        + " order by serial")
                .params(tenant.value(), cohort.value()).query(this::row).list();
    }

    public List<Certificate> ofPerson(IdCardNumber idCard) {
        return jdbc.sql("select " + COLUMNS + " from platform.certificate where id_card_index = ? order by issued_at")
                .param(index.of(idCard)).query(this::row).list();
    }

    public boolean revoke(String serial, Instant at, String by, RevocationCategory category, String reason) {
        return jdbc.sql("update platform.certificate set revoked_at = ?, revoked_by = ?, revoke_category = ?,"
                        + " revoke_reason = ? where serial = ? and revoked_at is null")
                .params(Timestamp.from(at), by, category.name(), reason, serial).update() == 1;
    }

    private Certificate row(ResultSet rs, int n) throws SQLException {
        Timestamp revokedAt = rs.getTimestamp("revoked_at");
        return new Certificate(rs.getString("serial"), TenantCode.of(rs.getString("tenant_code")),
                rs.getString("institution_name"), new CohortId(rs.getLong("cohort_id")),
                new TraineeId(rs.getLong("trainee_id")), rs.getString("trainee_name"),
                IdCardNumber.of(cipher.decrypt(rs.getString("id_card"))), CourseType.valueOf(rs.getString("course_type")),
                rs.getDate("start_date").toLocalDate(), rs.getDate("end_date").toLocalDate(),
                rs.getTimestamp("issued_at").toInstant(), rs.getString("issued_by"),
                revokedAt == null ? null : revokedAt.toInstant(), category(rs.getString("revoke_category")),
                rs.getString("revoke_reason"));
    }

    private static @Nullable RevocationCategory category(@Nullable String name) {
        return name == null ? null : RevocationCategory.valueOf(name);
    }
}
