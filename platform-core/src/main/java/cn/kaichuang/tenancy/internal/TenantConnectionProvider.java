package cn.kaichuang.tenancy.internal;

import cn.kaichuang.tenancy.TenancyProperties;
import cn.kaichuang.tenancy.TenantCode;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.hibernate.engine.jdbc.connections.spi.MultiTenantConnectionProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands out pooled connections that act as one institution: {@code SET ROLE} to the
 * tenant's role and {@code search_path} to its schema, so PostgreSQL itself refuses any
 * other tenant's tables. Both settings are reset before the connection returns to the pool:
 * the pool would not do it for us (DESIGN §11).
 */
class TenantConnectionProvider implements MultiTenantConnectionProvider<String> {

    private static final Logger log = LoggerFactory.getLogger(TenantConnectionProvider.class);

    private final DataSource dataSource;
    private final TenancyProperties properties;

    TenantConnectionProvider(DataSource dataSource, TenancyProperties properties) {
        this.dataSource = dataSource;
        this.properties = properties;
    }

    @Override
    public Connection getAnyConnection() throws SQLException {
        throw new SQLException("Tenant data needs an institution: no connection without one");
    }

    @Override
    public void releaseAnyConnection(Connection connection) throws SQLException {
        connection.close();
    }

    @Override
    public Connection getConnection(String tenantIdentifier) throws SQLException {
        if (TenantIdentifierResolver.NO_TENANT.equals(tenantIdentifier)) {
            throw new SQLException("No institution selected for this thread");
        }
        TenantCode code = TenantCode.of(tenantIdentifier);
        Connection connection = dataSource.getConnection();
        try (Statement statement = connection.createStatement()) {
            statement.execute(SqlIdentifiers.actAs(properties.roleName(code), code.schemaName()));
            return connection;
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
    }

    @Override
    public void releaseConnection(String tenantIdentifier, Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(SqlIdentifiers.RESET);
            connection.close();
        } catch (SQLException e) {
            // A connection we cannot reset must never serve another tenant.
            log.warn("Evicting a connection that could not be reset after tenant {}", tenantIdentifier, e);
            evict(connection);
        }
    }

    private void evict(Connection connection) throws SQLException {
        if (dataSource instanceof HikariDataSource hikari) {
            hikari.evictConnection(connection);
        } else {
            connection.abort(Runnable::run);
        }
    }

    @Override
    public boolean supportsAggressiveRelease() {
        return false;
    }

    @Override
    public boolean isUnwrappableAs(Class<?> unwrapType) {
        return unwrapType.isInstance(this);
    }

    @Override
    public <T> T unwrap(Class<T> unwrapType) {
        return unwrapType.cast(this);
    }
}
