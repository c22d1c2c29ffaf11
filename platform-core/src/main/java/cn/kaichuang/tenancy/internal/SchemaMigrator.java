package cn.kaichuang.tenancy.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.UpdateSummaryOutputEnum;
import liquibase.changelog.ChangeLogParameters;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.ui.LoggerUIService;
import org.springframework.stereotype.Component;

/** Runs the Liquibase changelogs of {@code platform} and of one tenant schema. */
@Component
class SchemaMigrator {

    static final String PLATFORM_SCHEMA = "platform";
    static final String PLATFORM_CHANGELOG = "db/platform/changelog.sql";
    static final String TENANT_CHANGELOG = "db/tenant/changelog.sql";

    private final MigrationConnections connections;
    private final int tenantChangeSets;

    SchemaMigrator(MigrationConnections connections) {
        this.connections = connections;
        this.tenantChangeSets = countChangeSets(TENANT_CHANGELOG);
    }

    int tenantChangeSets() {
        return tenantChangeSets;
    }

    void migratePlatform() {
        try (Connection connection = connections.open()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE SCHEMA IF NOT EXISTS " + PLATFORM_SCHEMA);
                statement.execute("SET search_path TO " + PLATFORM_SCHEMA);
            }
            update(connection, PLATFORM_SCHEMA, PLATFORM_CHANGELOG);
        } catch (SQLException e) {
            throw new MigrationFailedException("platform", e);
        }
    }

    /**
     * Migrates one tenant schema acting as the tenant's role, so the tables it creates are
     * the tenant's own, and returns the number of changesets applied in total. The count is
     * read back rather than trusted: Liquibase's fast up-to-date check has skipped schemas
     * before (liquibase #4304).
     */
    int migrateTenant(String role, String schema) {
        try (Connection connection = connections.open()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute(SqlIdentifiers.actAs(role, schema));
            }
            update(connection, schema, TENANT_CHANGELOG);
            int applied = appliedChangeSets(connection);
            if (applied != tenantChangeSets) {
                throw new MigrationFailedException(schema,
                        new IllegalStateException(applied + " of " + tenantChangeSets + " changesets applied"));
            }
            return applied;
        } catch (SQLException e) {
            throw new MigrationFailedException(schema, e);
        }
    }

    private static void update(Connection connection, String schema, String changelog) {
        try {
            // By default Liquibase prints progress and an update summary on System.out, which is
            // the CLI's output (e.g. list --json); these send both to the logs instead.
            Scope.child(Map.of("liquibase.analytics.enabled", false, "liquibase.showBanner", false,
                    Scope.Attr.ui.name(), new LoggerUIService(),
                    "liquibase.command.showSummaryOutput", UpdateSummaryOutputEnum.LOG), () -> {
                Database database = DatabaseFactory.getInstance()
                        .findCorrectDatabaseImplementation(new JdbcConnection(connection));
                database.setDefaultSchemaName(schema);
                database.setLiquibaseSchemaName(schema);
                // Not closed here: closing Liquibase closes the caller's connection, which still has work to do.
                new Liquibase(changelog, new ClassLoaderResourceAccessor(), database)
                        .update(new Contexts(), new LabelExpression());
            });
        } catch (Exception e) {
            throw new MigrationFailedException(schema, e);
        }
    }

    private static int appliedChangeSets(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select count(*) from databasechangelog")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static int countChangeSets(String changelog) {
        try {
            ClassLoaderResourceAccessor accessor = new ClassLoaderResourceAccessor();
            return ChangeLogParserFactory.getInstance().getParser(changelog, accessor)
                    .parse(changelog, new ChangeLogParameters(), accessor).getChangeSets().size();
        } catch (LiquibaseException e) {
            throw new IllegalStateException("Cannot read " + changelog, e);
        }
    }
}
