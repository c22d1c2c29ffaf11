package cn.kaichuang.protection.internal;

import cn.kaichuang.protection.Cidr;
import cn.kaichuang.protection.FirewallRule;
import cn.kaichuang.protection.NewFirewallRule;
import cn.kaichuang.tenancy.TenantCode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The table {@code platform.firewall_rule}; PostgreSQL's {@code cidr} type checks every entry again. */
@Component
public class FirewallRuleTable {

    private static final String SELECT =
            "select id, tenant_code, kind, host(cidr) as address, masklen(cidr) as prefix, reason, created_by, created_at"
                    + " from platform.firewall_rule";

    private final JdbcClient jdbc;

    FirewallRuleTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<FirewallRule> list(@Nullable TenantCode tenant) {
        return tenant == null
                ? jdbc.sql(SELECT + " where tenant_code is null order by kind, cidr").query(FirewallRuleTable::row).list()
                : jdbc.sql(SELECT + " where tenant_code = ? order by kind, cidr").param(tenant.value())
                        .query(FirewallRuleTable::row).list();
    }

    public Optional<FirewallRule> find(long id) {
        return jdbc.sql(SELECT + " where id = ?").param(id).query(FirewallRuleTable::row).optional();
    }

    /** Empty when the same entry is already on that list. */
    public Optional<FirewallRule> insert(NewFirewallRule rule, String createdBy) {
        TenantCode tenant = rule.tenant();
        return jdbc.sql("insert into platform.firewall_rule (tenant_code, kind, cidr, reason, created_by)"
                        + " values (?, ?, ?::cidr, ?, ?) on conflict do nothing returning id")
                .params(tenant == null ? null : tenant.value(), rule.kind().name(), rule.cidr().toString(),
                        rule.reason(), createdBy)
                .query(Long.class).optional()
                .flatMap(this::find);
    }

    public boolean delete(long id) {
        return jdbc.sql("delete from platform.firewall_rule where id = ?").param(id).update() == 1;
    }

    private static FirewallRule row(ResultSet rs, int rowNum) throws SQLException {
        String tenant = rs.getString("tenant_code");
        return new FirewallRule(rs.getLong("id"), tenant == null ? null : TenantCode.of(tenant),
                FirewallRule.Kind.valueOf(rs.getString("kind")),
                Cidr.parse(rs.getString("address") + "/" + rs.getInt("prefix")), rs.getString("reason"),
                rs.getString("created_by"), rs.getTimestamp("created_at").toInstant());
    }
}
