package cn.kaichuang.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kaichuang.testsupport.PlatformTest;
import cn.kaichuang.testsupport.Tenants;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The web application's login role is a NOINHERIT member of every tenant role: it can switch
 * to a tenant, but holds none of the tenant's rights until it does.
 */
@PlatformTest
class TenantRoleTest {

    private final TenantProvisioning provisioning;
    private final TenantDirectory directory;
    private final JdbcClient jdbc;
    private final String rolePrefix;
    private final String url;

    @Autowired
    TenantRoleTest(TenantProvisioning provisioning, TenantDirectory directory, JdbcClient jdbc,
            @Value("${kaichuang.tenancy.role-prefix}") String rolePrefix, @Value("${spring.datasource.url}") String url) {
        this.provisioning = provisioning;
        this.directory = directory;
        this.jdbc = jdbc;
        this.rolePrefix = rolePrefix;
        this.url = url;
    }

    @Test
    void loginRoleReachesTenantDataOnlyAfterSetRole() throws Exception {
        TenantCode gamma = Tenants.ensure(provisioning, directory, "gamma");
        String app = rolePrefix + "app";
        String tenantRole = rolePrefix + gamma.schemaName();
        jdbc.sql("create role " + app + " login noinherit password 'app-secret'").update();
        jdbc.sql("grant " + tenantRole + " to " + app).update();

        try (Connection c = DriverManager.getConnection(url, app, "app-secret"); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeQuery("select count(*) from t_gamma.trainee"))
                    .hasMessageContaining("permission denied for schema t_gamma");
            s.execute("SET ROLE " + tenantRole + "; SET search_path TO t_gamma");
            var rs = s.executeQuery("select count(*) from trainee");
            rs.next();
            assertThat(rs.getLong(1)).isZero();
        }
    }
}
