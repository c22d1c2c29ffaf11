package cn.kaichuang.tenancy.internal;

import cn.kaichuang.storage.ObjectStore;
import cn.kaichuang.storage.TenantBuckets;
import cn.kaichuang.tenancy.MigrationProgress;
import cn.kaichuang.tenancy.MigrationReport;
import cn.kaichuang.tenancy.TenancyException;
import cn.kaichuang.tenancy.TenancyProperties;
import cn.kaichuang.tenancy.Tenant;
import cn.kaichuang.tenancy.TenantAlreadyExistsException;
import cn.kaichuang.tenancy.TenantCode;
import cn.kaichuang.tenancy.TenantLifecycleEvent;
import cn.kaichuang.tenancy.TenantLifecycleEvent.Change;
import cn.kaichuang.tenancy.TenantProvisioning;
import cn.kaichuang.tenancy.TenantStatus;
import cn.kaichuang.tenancy.UnknownTenantException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Creates and removes institutions: role, schema, tables, bucket and registry row. A create
 * that fails on the way removes what it had made, so a retry starts from nothing.
 */
@Component
class TenantProvisioner implements TenantProvisioning {

    private static final String DUPLICATE_OBJECT = "42710";
    private static final String DUPLICATE_SCHEMA = "42P06";

    private final TenantRegistry registry;
    private final SchemaMigrator migrator;
    private final MigrationConnections connections;
    private final TenancyProperties properties;
    private final ObjectProvider<ObjectStore> objectStore;
    private final TenantBuckets buckets;
    private final ParallelMigration parallelMigration;
    private final ApplicationEventPublisher events;

    TenantProvisioner(TenantRegistry registry, SchemaMigrator migrator, MigrationConnections connections,
            TenancyProperties properties, ObjectProvider<ObjectStore> objectStore, ObjectProvider<TenantBuckets> buckets,
            ApplicationEventPublisher events) {
        this.events = events;
        this.registry = registry;
        this.migrator = migrator;
        this.connections = connections;
        this.properties = properties;
        this.objectStore = objectStore;
        this.buckets = buckets.getIfAvailable(TenantBuckets::new);
        this.parallelMigration = new ParallelMigration(this::migrateOne, properties.migrationParallelism());
    }

    @Override
    public void preparePlatform() {
        migrator.migratePlatform();
    }

    @Override
    public int currentSchemaVersion() {
        return migrator.tenantChangeSets();
    }

    @Override
    public Tenant create(TenantCode code, String name, String regionCode) {
        if (name.isBlank()) {
            throw new TenancyException("The institution needs a name");
        }
        if (!regionCode.matches("\\d{6}")) {
            throw new TenancyException("Region code must be six digits (GB/T 2260), got '" + regionCode + "'");
        }
        if (registry.find(code).isPresent()) {
            throw new TenantAlreadyExistsException(code);
        }
        String role = properties.roleName(code);
        boolean schemaCreated = false;
        boolean bucketCreated = false;
        try {
            createRoleAndSchema(code, role);
            schemaCreated = true;
            int version = migrator.migrateTenant(role, code.schemaName());
            ObjectStore store = objectStore.getIfAvailable();
            if (store != null) {
                store.createBucket(buckets.bucketFor(code.value()));
                bucketCreated = true;
            }
            registry.insert(code, name, regionCode, version);
            Tenant tenant = registry.require(code);
            events.publishEvent(new TenantLifecycleEvent(code, Change.CREATED, tenant.toString()));
            return tenant;
        } catch (RuntimeException e) {
            removeLeftovers(code, role, schemaCreated, bucketCreated);
            if (e instanceof TenancyException) {
                throw e;
            }
            if (registry.find(code).isPresent()) {
                throw new TenantAlreadyExistsException(code);
            }
            throw new TenancyException("Creating institution '" + code + "' failed: " + e.getMessage(), e);
        }
    }

    private void createRoleAndSchema(TenantCode code, String role) {
        String quotedRole = SqlIdentifiers.quote(role);
        try (Connection connection = connections.open(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.execute("CREATE ROLE " + quotedRole + " NOLOGIN");
            statement.execute("GRANT " + quotedRole + " TO CURRENT_USER");
            if (!properties.appRole().isBlank()) {
                statement.execute("GRANT " + quotedRole + " TO " + SqlIdentifiers.quote(properties.appRole()));
            }
            statement.execute("CREATE SCHEMA " + SqlIdentifiers.quote(code.schemaName()) + " AUTHORIZATION " + quotedRole);
            connection.commit();
        } catch (SQLException e) {
            if (DUPLICATE_OBJECT.equals(e.getSQLState()) || DUPLICATE_SCHEMA.equals(e.getSQLState())) {
                throw new TenancyException("Role " + role + " or schema " + code.schemaName()
                        + " already exists in this PostgreSQL cluster (another database? set a role prefix)", e);
            }
            throw new TenancyException("Creating role and schema for '" + code + "' failed: " + e.getMessage(), e);
        }
    }

    private void removeLeftovers(TenantCode code, String role, boolean schema, boolean bucket) {
        if (bucket) {
            objectStore.ifAvailable(store -> store.removeBucket(buckets.bucketFor(code.value())));
        }
        if (schema) {
            dropRoleAndSchema(code, role, false);
        }
    }

    @Override
    public void suspend(TenantCode code) {
        changeStatus(code, TenantStatus.ACTIVE, TenantStatus.SUSPENDED);
        events.publishEvent(new TenantLifecycleEvent(code, Change.SUSPENDED, TenantStatus.SUSPENDED.name()));
    }

    @Override
    public void resume(TenantCode code) {
        changeStatus(code, TenantStatus.SUSPENDED, TenantStatus.ACTIVE);
        events.publishEvent(new TenantLifecycleEvent(code, Change.RESUMED, TenantStatus.ACTIVE.name()));
    }

    private void changeStatus(TenantCode code, TenantStatus from, TenantStatus to) {
        Tenant tenant = registry.require(code);
        if (tenant.status() != from || !registry.changeStatus(code, from, to)) {
            throw new TenancyException("Institution '" + code + "' is " + tenant.status() + ", not " + from);
        }
    }

    @Override
    public void drop(TenantCode code) {
        registry.require(code);
        dropRoleAndSchema(code, properties.roleName(code), true);
        objectStore.ifAvailable(store -> store.removeBucket(buckets.bucketFor(code.value())));
        events.publishEvent(new TenantLifecycleEvent(code, Change.DROPPED, ""));
    }

    private void dropRoleAndSchema(TenantCode code, String role, boolean withRegistryRow) {
        String quotedRole = SqlIdentifiers.quote(role);
        try (Connection connection = connections.open(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            if (withRegistryRow) {
                try (PreparedStatement delete = connection.prepareStatement("DELETE FROM platform.tenant WHERE code = ?")) {
                    delete.setString(1, code.value());
                    delete.executeUpdate();
                }
            }
            statement.execute("DROP SCHEMA IF EXISTS " + SqlIdentifiers.quote(code.schemaName()) + " CASCADE");
            statement.execute("DROP OWNED BY " + quotedRole + " CASCADE");
            statement.execute("DROP ROLE IF EXISTS " + quotedRole);
            connection.commit();
        } catch (SQLException e) {
            throw new TenancyException("Dropping institution '" + code + "' failed: " + e.getMessage(), e);
        }
    }

    @Override
    public MigrationReport migrate(Collection<TenantCode> tenants, MigrationProgress progress) {
        for (TenantCode code : tenants) {
            if (registry.find(code).isEmpty()) {
                throw new UnknownTenantException(code);
            }
        }
        return parallelMigration.run(tenants, progress);
    }

    private void migrateOne(TenantCode code) {
        registry.recordVersion(code, migrator.migrateTenant(properties.roleName(code), code.schemaName()));
    }

    /** Tenants whose schema is older than this code's changelog. */
    List<TenantCode> outdated() {
        return registry.behind(currentSchemaVersion());
    }
}
