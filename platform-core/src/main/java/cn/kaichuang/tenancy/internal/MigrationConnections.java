package cn.kaichuang.tenancy.internal;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.stereotype.Component;

/**
 * Unpooled connections for Liquibase and DDL. Liquibase changes session settings, so it
 * never runs on the application's pool (DESIGN §11); these connections die after one use.
 */
@Component
class MigrationConnections {

    private final String url;
    private final String username;
    private final String password;

    MigrationConnections(DataSourceProperties properties) {
        this.url = properties.determineUrl();
        this.username = properties.determineUsername();
        this.password = properties.determinePassword();
    }

    Connection open() throws SQLException {
        return DriverManager.getConnection(url, username, password);
    }
}
