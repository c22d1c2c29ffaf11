package cn.kaichuang.outreach.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** {@code platform.outreach_service} (the directory) and trainees' requests. */
@Component
public class ServiceTable {

    public record Row(long id, String kind, String name, String description, String contact, String regionCode) {
    }

    public record RequestRow(long id, long serviceId, String serviceName, String tenant, String username,
            String displayName, String regionCode, String note, String status, String outcomeNote, Instant submittedAt,
            Instant updatedAt) {
    }

    private static final String REQUEST = "r.id, r.service_id, s.name, r.tenant_code, r.username, r.display_name,"
            + " r.region_code, r.note, r.status, r.outcome_note, r.submitted_at, r.updated_at"
            + " from platform.outreach_service_request r join platform.outreach_service s on s.id = r.service_id";

    private final JdbcClient jdbc;

    ServiceTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(String kind, String name, String description, String contact, String region, Instant at) {
        return jdbc.sql("insert into platform.outreach_service (kind, name, description, contact, region_code, created_at)"
                        + " values (?, ?, ?, ?, ?, ?) returning id")
                .params(kind, name, description, contact, region, Timestamp.from(at)).query(Long.class).single();
    }

    public List<Row> all() {
        return jdbc.sql("select id, kind, name, description, contact, region_code from platform.outreach_service"
                + " order by kind, name").query(this::row).list();
    }

    public Optional<Row> find(long id) {
        return jdbc.sql("select id, kind, name, description, contact, region_code from platform.outreach_service"
                + " where id = ?").param(id).query(this::row).optional();
    }

    public long request(long serviceId, String tenant, String username, String name, String region, String note,
            Instant at) {
        return jdbc.sql("insert into platform.outreach_service_request (service_id, tenant_code, username, display_name,"
                        + " region_code, note, status, submitted_at, updated_at) values (?, ?, ?, ?, ?, ?, 'SUBMITTED', ?, ?)"
                        + " returning id")
                .params(serviceId, tenant, username, name, region, note, Timestamp.from(at), Timestamp.from(at))
                .query(Long.class).single();
    }

    public Optional<RequestRow> requestRow(long id) {
        return jdbc.sql("select " + REQUEST + " where r.id = ?").param(id).query(this::mapRequest).optional();
    }

    public List<RequestRow> requestsOf(String tenant, String username) {
        return jdbc.sql("select " + REQUEST + " where r.tenant_code = ? and r.username = ? order by r.submitted_at desc")
                .params(tenant, username).query(this::mapRequest).list();
    }

    public List<RequestRow> requests() {
        return jdbc.sql("select " + REQUEST + " order by r.status = 'SUBMITTED' desc, r.submitted_at desc")
                .query(this::mapRequest).list();
    }

    public void update(long id, String status, String note, String by, Instant at) {
        jdbc.sql("update platform.outreach_service_request set status = ?, outcome_note = ?, updated_by = ?,"
                + " updated_at = ? where id = ?").params(status, note, by, Timestamp.from(at), id).update();
    }

    private Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6));
    }

    private RequestRow mapRequest(ResultSet rs, int n) throws SQLException {
        return new RequestRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                rs.getTimestamp(11).toInstant(), rs.getTimestamp(12).toInstant());
    }
}
