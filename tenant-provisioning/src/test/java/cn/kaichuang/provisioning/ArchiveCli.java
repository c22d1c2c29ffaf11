package cn.kaichuang.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaichuang.storage.testsupport.TestS3Server;
import cn.kaichuang.tenancy.TenantCode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.env.Environment;

/** The CLI pointed at the database and S3 server of a Spring test context, and looks into that database. */
final class ArchiveCli {

    private final String url;
    private final String user;
    private final String password;
    private final String rolePrefix;

    ArchiveCli(Environment environment) {
        this.url = environment.getRequiredProperty("spring.datasource.url");
        this.user = environment.getRequiredProperty("spring.datasource.username");
        this.password = environment.getProperty("spring.datasource.password", "");
        this.rolePrefix = environment.getRequiredProperty("kaichuang.tenancy.role-prefix");
    }

    CliRun run(String command, String... args) {
        List<String> all = new ArrayList<>(List.of(command));
        all.addAll(List.of(args));
        all.addAll(List.of("--jdbc-url", url, "--user", user, "--password", password, "--role-prefix", rolePrefix,
                "--s3-endpoint", TestS3Server.endpoint().toString(), "--s3-access-key", TestS3Server.ACCESS_KEY,
                "--s3-secret-key", TestS3Server.SECRET_KEY));
        return CliRun.execute(all.toArray(String[]::new));
    }

    /** Every row of a tenant table as PostgreSQL's text form, sorted. */
    List<String> rows(TenantCode tenant, String table) throws SQLException {
        return strings("select t::text from " + tenant.schemaName() + "." + table + " t order by 1");
    }

    void assertNothingLeft(TenantCode tenant) throws SQLException {
        assertThat(strings("select nspname from pg_namespace where nspname = ?", tenant.schemaName())).isEmpty();
        assertThat(strings("select rolname from pg_roles where rolname = ?", rolePrefix + tenant.schemaName())).isEmpty();
        assertThat(strings("select code from platform.tenant where code = ?", tenant.value())).isEmpty();
    }

    private List<String> strings(String sql, String... params) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url, user, password);
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setString(i + 1, params[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
        }
        return values;
    }
}
