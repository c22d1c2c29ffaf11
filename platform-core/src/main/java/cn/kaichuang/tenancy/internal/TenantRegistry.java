package cn.kaichuang.tenancy.internal;

import cn.kaichuang.tenancy.Tenant;
import cn.kaichuang.tenancy.TenantCode;
import cn.kaichuang.tenancy.TenantDirectory;
import cn.kaichuang.tenancy.TenantStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The table {@code platform.tenant}. */
@Component
class TenantRegistry implements TenantDirectory {

    private static final String SELECT = "select code, name, region_code, schema_name, status, schema_version,"
            + " created_at, updated_at from platform.tenant";

    private final JdbcClient jdbc;

    TenantRegistry(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Tenant> all() {
        return jdbc.sql(SELECT + " order by code").query(TenantRegistry::row).list();
    }

    @Override
    public List<Tenant> active() {
        return jdbc.sql(SELECT + " where status = 'ACTIVE' order by code").query(TenantRegistry::row).list();
    }

    @Override
    public Optional<Tenant> find(TenantCode code) {
        return jdbc.sql(SELECT + " where code = ?").param(code.value()).query(TenantRegistry::row).optional();
    }

    List<TenantCode> behind(int version) {
        return jdbc.sql("select code from platform.tenant where schema_version < ? and status <> 'ARCHIVED' order by code")
                .param(version).query((rs, n) -> TenantCode.of(rs.getString(1))).list();
    }

    void insert(TenantCode code, String name, String regionCode, int schemaVersion) {
        jdbc.sql("insert into platform.tenant (code, name, region_code, schema_name, status, schema_version)"
                        + " values (?, ?, ?, ?, 'ACTIVE', ?)")
                .params(code.value(), name, regionCode, code.schemaName(), schemaVersion).update();
    }

    boolean changeStatus(TenantCode code, TenantStatus from, TenantStatus to) {
        return jdbc.sql("update platform.tenant set status = ?, updated_at = now() where code = ? and status = ?")
                .params(to.name(), code.value(), from.name()).update() == 1;
    }

    void recordVersion(TenantCode code, int version) {
        jdbc.sql("update platform.tenant set schema_version = ?, updated_at = now() where code = ?")
                .params(version, code.value()).update();
    }

    private static Tenant row(ResultSet rs, int rowNum) throws SQLException {
        return new Tenant(TenantCode.of(rs.getString("code")), rs.getString("name"), rs.getString("region_code"),
                rs.getString("schema_name"), TenantStatus.valueOf(rs.getString("status")),
                rs.getInt("schema_version"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }
}
