package cn.kaichuang.backup;

import cn.kaichuang.tenancy.TenantCode;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Where and when institutions were last exported ({@code platform.tenant_export}). */
@Component
public class ExportLog {

    /** The newest export of an institution. */
    public record LastExport(TenantCode tenant, Instant finishedAt, String location, long bytes) {
    }

    private final JdbcClient jdbc;

    ExportLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(TenantCode tenant, Instant finishedAt, String location, long bytes, String sha256) {
        jdbc.sql("insert into platform.tenant_export (tenant_code, finished_at, location, bytes, sha256)"
                        + " values (?, ?, ?, ?, ?)")
                .params(tenant.value(), java.sql.Timestamp.from(finishedAt), location, bytes, sha256).update();
    }

    /** The newest export of every institution that has one. */
    public List<LastExport> latest() {
        return jdbc.sql("select distinct on (tenant_code) tenant_code, finished_at, location, bytes"
                        + " from platform.tenant_export order by tenant_code, finished_at desc")
                .query((rs, n) -> new LastExport(TenantCode.of(rs.getString(1)), rs.getTimestamp(2).toInstant(),
                        rs.getString(3), rs.getLong(4)))
                .list();
    }
}
