package cn.kaichuang.backup.internal;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.stereotype.Component;

/**
 * Unpooled connections acting as one institution's role: COPY sessions change the role and
 * search path, and a pooled connection would carry both on to its next user.
 */
@Component
class BackupConnections {

    private final String url;
    private final String username;
    private final String password;

    BackupConnections(DataSourceProperties properties) {
        this.url = properties.determineUrl();
        this.username = properties.determineUsername();
        this.password = properties.determinePassword();
    }

    /** A connection in a transaction, acting as {@code role} on {@code schema}. */
    Connection actingAs(String role, String schema, boolean readOnlySnapshot) throws SQLException {
        Connection connection = DriverManager.getConnection(url, username, password);
        try {
            connection.setAutoCommit(false);
            if (readOnlySnapshot) {
                // Every table from one snapshot, so enrolments never point at trainees the export missed.
                connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
                connection.setReadOnly(true);
            }
            try (Statement s = connection.createStatement()) {
                s.execute("SET LOCAL ROLE " + SchemaTables.quote(role));
                s.execute("SET LOCAL search_path TO " + SchemaTables.quote(schema));
            }
            return connection;
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }
}
