package cn.kaichuang.backup.internal;

import cn.kaichuang.backup.ArchiveManifest;
import cn.kaichuang.backup.ArchiveManifest.ObjectPart;
import cn.kaichuang.backup.ArchiveManifest.TablePart;
import cn.kaichuang.storage.ObjectStore;
import cn.kaichuang.storage.StoredObject;
import cn.kaichuang.tenancy.Tenant;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import tools.jackson.databind.json.JsonMapper;

/** Writes one institution into a zip: tables by COPY, then objects, then the manifest. */
final class ArchiveExporter {

    private final JsonMapper json;

    ArchiveExporter(JsonMapper json) {
        this.json = json;
    }

    ArchiveManifest export(Tenant tenant, Connection snapshot, @Nullable ObjectStore store, String bucket,
            Instant now, OutputStream out) throws SQLException, IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        List<TablePart> tables = new ArrayList<>();
        CopyManager copy = snapshot.unwrap(PGConnection.class).getCopyAPI();
        for (SchemaTables.Table table : SchemaTables.inRestoreOrder(snapshot, tenant.schema())) {
            TablePart placeholder = new TablePart(table.name(), table.columns(), 0, "");
            zip.putNextEntry(new ZipEntry(placeholder.entry()));
            Sha256.Out part = new Sha256.Out(zip);
            long rows = copy.copyOut("COPY " + SchemaTables.quote(table.name()) + " ("
                    + SchemaTables.columnList(table.columns()) + ") TO STDOUT", part);
            zip.closeEntry();
            tables.add(new TablePart(table.name(), table.columns(), rows, part.hex()));
        }
        List<ObjectPart> objects = store == null ? List.of() : exportObjects(store, bucket, zip);
        ArchiveManifest manifest = new ArchiveManifest(ArchiveManifest.FORMAT, tenant.code().value(), tenant.name(),
                tenant.regionCode(), tenant.status().name(), tenant.schemaVersion(), now, tables, objects);
        zip.putNextEntry(new ZipEntry(ArchiveManifest.ENTRY));
        zip.write(json.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
        zip.closeEntry();
        zip.finish();
        return manifest;
    }

    private static List<ObjectPart> exportObjects(ObjectStore store, String bucket, ZipOutputStream zip)
            throws IOException {
        if (!store.bucketExists(bucket)) {
            return List.of();
        }
        List<ObjectPart> objects = new ArrayList<>();
        for (String key : store.list(bucket, "")) {
            StoredObject stat = store.stat(bucket, key).orElseThrow(() -> new IOException(
                    "Object " + key + " of bucket " + bucket + " vanished during the export"));
            zip.putNextEntry(new ZipEntry("objects/" + key));
            Sha256.Out part = new Sha256.Out(zip);
            try (InputStream in = store.get(bucket, key)) {
                in.transferTo(part);
            }
            zip.closeEntry();
            objects.add(new ObjectPart(key, part.count(), stat.contentType(), part.hex()));
        }
        return objects;
    }
}
