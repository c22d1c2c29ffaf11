package cn.kaichuang.institution.internal;

import cn.kaichuang.cohort.CourseType;
import cn.kaichuang.crypto.PiiCipher;
import cn.kaichuang.institution.InstitutionProfile;
import cn.kaichuang.institution.ProfileChange;
import cn.kaichuang.institution.Suspension;
import cn.kaichuang.tenancy.TenantCode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The table {@code platform.institution_profile}; the contact phone is stored encrypted. */
@Component
public class ProfileTable {

    private static final String COLUMNS = "tenant_code, course_types, contact_person, contact_phone, address,"
            + " annual_capacity, description, updated_by, updated_at, suspension_reason, suspended_by, suspended_at";

    private final JdbcClient jdbc;
    private final PiiCipher cipher;

    ProfileTable(JdbcClient jdbc, PiiCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    public List<InstitutionProfile> all() {
        return jdbc.sql("select " + COLUMNS + " from platform.institution_profile").query(this::row).list();
    }

    public Optional<InstitutionProfile> find(TenantCode code) {
        return jdbc.sql("select " + COLUMNS + " from platform.institution_profile where tenant_code = ?")
                .param(code.value()).query(this::row).optional();
    }

    public void saveOwn(TenantCode code, ProfileChange change, String by, Instant at) {
        String phone = change.contactPhone();
        jdbc.sql("insert into platform.institution_profile (tenant_code, contact_person, contact_phone, address,"
                        + " annual_capacity, description, updated_by, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?)"
                        + " on conflict (tenant_code) do update set contact_person = excluded.contact_person,"
                        + " contact_phone = coalesce(excluded.contact_phone, institution_profile.contact_phone),"
                        + " address = excluded.address, annual_capacity = excluded.annual_capacity,"
                        + " description = excluded.description, updated_by = excluded.updated_by,"
                        + " updated_at = excluded.updated_at")
                .params(code.value(), change.contactPerson(), phone == null ? null : cipher.encrypt(phone),
                        change.address(), change.annualCapacity(), change.description(), by, Timestamp.from(at))
                .update();
    }

    public void approve(TenantCode code, Set<CourseType> types, String by, Instant at) {
        jdbc.sql("insert into platform.institution_profile (tenant_code, course_types, updated_by, updated_at)"
                        + " values (?, ?, ?, ?) on conflict (tenant_code) do update set"
                        + " course_types = excluded.course_types, updated_by = excluded.updated_by,"
                        + " updated_at = excluded.updated_at")
                .params(code.value(), types.stream().map(Enum::name).sorted().collect(Collectors.joining(",")), by,
                        Timestamp.from(at))
                .update();
    }

    public void suspend(TenantCode code, Suspension suspension) {
        jdbc.sql("insert into platform.institution_profile (tenant_code, suspension_reason, suspended_by, suspended_at)"
                        + " values (?, ?, ?, ?) on conflict (tenant_code) do update set"
                        + " suspension_reason = excluded.suspension_reason, suspended_by = excluded.suspended_by,"
                        + " suspended_at = excluded.suspended_at")
                .params(code.value(), suspension.reason(), suspension.by(), Timestamp.from(suspension.at()))
                .update();
    }

    public void resume(TenantCode code) {
        jdbc.sql("update platform.institution_profile set suspension_reason = null, suspended_by = null,"
                        + " suspended_at = null where tenant_code = ?")
                .param(code.value()).update();
    }

    private InstitutionProfile row(ResultSet rs, int n) throws SQLException {
        Set<CourseType> types = EnumSet.noneOf(CourseType.class);
        Arrays.stream(rs.getString("course_types").split(",")).filter(s -> !s.isBlank()).map(CourseType::valueOf)
                .forEach(types::add);
        String phone = rs.getString("contact_phone");
        Timestamp updatedAt = rs.getTimestamp("updated_at");
        Timestamp suspendedAt = rs.getTimestamp("suspended_at");
        String reason = rs.getString("suspension_reason");
        return new InstitutionProfile(TenantCode.of(rs.getString("tenant_code")), types,
                rs.getString("contact_person"), phone == null ? null : cipher.decrypt(phone), rs.getString("address"),
                rs.getInt("annual_capacity"), rs.getString("description"), rs.getString("updated_by"),
                updatedAt == null ? null : updatedAt.toInstant(),
                reason == null || suspendedAt == null ? null
                        : new Suspension(reason, rs.getString("suspended_by"), suspendedAt.toInstant()));
    }
}
