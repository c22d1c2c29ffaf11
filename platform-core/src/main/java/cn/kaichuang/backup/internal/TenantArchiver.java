package cn.kaichuang.backup.internal;

import cn.kaichuang.backup.ArchiveManifest;
import cn.kaichuang.backup.ArchiveRejectedException;
import cn.kaichuang.backup.TenantArchives;
import cn.kaichuang.storage.ObjectStore;
import cn.kaichuang.storage.TenantBuckets;
import cn.kaichuang.tenancy.TenancyException;
import cn.kaichuang.tenancy.TenancyProperties;
import cn.kaichuang.tenancy.Tenant;
import cn.kaichuang.tenancy.TenantCode;
import cn.kaichuang.tenancy.TenantDirectory;
import cn.kaichuang.tenancy.TenantProvisioning;
import cn.kaichuang.tenancy.TenantStatus;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Export through PostgreSQL COPY per table in one snapshot; import into an institution the core
 * provisions (role, schema, bucket, registry row), removed again if any part fails to arrive.
 */
@Component
class TenantArchiver implements TenantArchives {

    private final TenantDirectory directory;
    private final TenantProvisioning provisioning;
    private final TenancyProperties tenancy;
    private final BackupConnections connections;
    private final ObjectProvider<ObjectStore> objectStore;
    private final TenantBuckets buckets;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    TenantArchiver(TenantDirectory directory, TenantProvisioning provisioning, TenancyProperties tenancy,
            BackupConnections connections, ObjectProvider<ObjectStore> objectStore,
            ObjectProvider<TenantBuckets> buckets, Optional<Clock> clock) {
        this.directory = directory;
        this.provisioning = provisioning;
        this.tenancy = tenancy;
        this.connections = connections;
        this.objectStore = objectStore;
        this.buckets = buckets.getIfAvailable(TenantBuckets::new);
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Override
    public ArchiveManifest export(TenantCode code, OutputStream out) {
        Tenant tenant = directory.require(code);
        try (Connection snapshot = connections.actingAs(tenancy.roleName(code), tenant.schema(), true)) {
            ArchiveManifest manifest = new ArchiveExporter(json).export(tenant, snapshot, objectStore.getIfAvailable(),
                    buckets.bucketFor(code.value()), clock.instant().truncatedTo(ChronoUnit.SECONDS), out);
            snapshot.commit();
            return manifest;
        } catch (SQLException | IOException e) {
            throw new TenancyException("Exporting institution '" + code + "' failed: " + e.getMessage(), e);
        }
    }

    @Override
    public ArchiveManifest verify(Path archive) {
        try (ArchiveReader.Checked checked = new ArchiveReader(json).open(archive)) {
            return checked.manifest();
        } catch (IOException e) {
            throw new ArchiveRejectedException("Archive " + archive + " cannot be read: " + e.getMessage(), e);
        }
    }

    @Override
    public Restored importArchive(Path archive, Optional<TenantCode> as) {
        try (ArchiveReader.Checked checked = new ArchiveReader(json).open(archive)) {
            ArchiveManifest manifest = checked.manifest();
            TenantCode code = as.orElseGet(() -> TenantCode.of(manifest.tenantCode()));
            ObjectStore store = objectStore.getIfAvailable();
            refuseWhatCannotBeRestored(archive, manifest, store);
            provisioning.create(code, manifest.name(), manifest.regionCode());
            try {
                restore(checked, code, store);
            } catch (SQLException | IOException | RuntimeException e) {
                provisioning.drop(code);
                throw new TenancyException("Importing " + archive + " as '" + code + "' failed, and institution '"
                        + code + "' was removed again: " + e.getMessage(), e);
            }
            return new Restored(directory.require(code), manifest);
        } catch (IOException e) {
            throw new ArchiveRejectedException("Archive " + archive + " cannot be read: " + e.getMessage(), e);
        }
    }

    private void refuseWhatCannotBeRestored(Path archive, ArchiveManifest manifest, @Nullable ObjectStore store) {
        int current = provisioning.currentSchemaVersion();
        if (manifest.schemaVersion() != current) {
            throw new ArchiveRejectedException("Archive " + archive + " holds schema version "
                    + manifest.schemaVersion() + ", this version of Kaichuang is at " + current
                    + "; import it with the release that exported it, migrate, then export again");
        }
        if (store == null && !manifest.objects().isEmpty()) {
            throw new ArchiveRejectedException("Archive " + archive + " holds " + manifest.objects().size()
                    + " object(s) but no object store is configured; give the S3 endpoint and keys");
        }
    }

    private void restore(ArchiveReader.Checked checked, TenantCode code, @Nullable ObjectStore store)
            throws SQLException, IOException {
        try (Connection connection = connections.actingAs(tenancy.roleName(code), code.schemaName(), false)) {
            ArchiveRestorer.restoreTables(checked, connection, code.schemaName());
            connection.commit();
        }
        if (store != null) {
            ArchiveRestorer.restoreObjects(checked, store, buckets.bucketFor(code.value()));
        }
        if (TenantStatus.valueOf(checked.manifest().status()) == TenantStatus.SUSPENDED) {
            provisioning.suspend(code);
        }
    }
}
