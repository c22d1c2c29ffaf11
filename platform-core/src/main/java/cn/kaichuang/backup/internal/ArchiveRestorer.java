package cn.kaichuang.backup.internal;

import cn.kaichuang.backup.ArchiveManifest;
import cn.kaichuang.backup.ArchiveManifest.ObjectPart;
import cn.kaichuang.backup.ArchiveManifest.TablePart;
import cn.kaichuang.storage.ObjectStore;
import cn.kaichuang.storage.StoredObject;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/** Fills a freshly provisioned, empty institution from a checked archive. */
final class ArchiveRestorer {

    private ArchiveRestorer() {
    }

    /** Copies every table in one transaction of {@code connection}; the caller commits. */
    static void restoreTables(ArchiveReader.Checked archive, Connection connection, String schema)
            throws SQLException, IOException {
        Map<String, SchemaTables.Table> target = SchemaTables.inRestoreOrder(connection, schema).stream()
                .collect(Collectors.toMap(SchemaTables.Table::name, Function.identity()));
        List<String> archived = archive.manifest().tables().stream().map(TablePart::name).sorted().toList();
        if (!archived.equals(target.keySet().stream().sorted().toList())) {
            throw new IllegalStateException("the archive's tables " + archived + " differ from this version's "
                    + target.keySet().stream().sorted().toList());
        }
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        for (TablePart part : archive.manifest().tables()) {
            SchemaTables.Table table = target.get(part.name());
            if (!table.columns().containsAll(part.columns())) {
                throw new IllegalStateException("table " + part.name() + " has columns " + table.columns()
                        + " here, the archive has " + part.columns());
            }
            long rows;
            try (InputStream in = archive.open(part.entry())) {
                rows = copy.copyIn("COPY " + SchemaTables.quote(part.name()) + " ("
                        + SchemaTables.columnList(part.columns()) + ") FROM STDIN", in);
            }
            if (rows != part.rows()) {
                throw new IllegalStateException("table " + part.name() + " restored " + rows + " rows, the manifest"
                        + " says " + part.rows());
            }
            resetSequences(connection, table);
        }
    }

    /** Identity columns continue after the highest restored id, so new rows do not collide. */
    private static void resetSequences(Connection connection, SchemaTables.Table table) throws SQLException {
        for (String column : table.sequenceColumns()) {
            String name = SchemaTables.quote(table.name());
            String col = SchemaTables.quote(column);
            try (Statement s = connection.createStatement()) {
                s.execute("select setval(pg_get_serial_sequence('" + name.replace("'", "''") + "', '"
                        + column.replace("'", "''") + "'), coalesce(max(" + col + "), 0) + 1, false) from " + name);
            }
        }
    }

    static void restoreObjects(ArchiveReader.Checked archive, ObjectStore store, String bucket) throws IOException {
        for (ObjectPart part : archive.manifest().objects()) {
            StoredObject stored;
            try (InputStream in = archive.open(part.entry())) {
                stored = store.put(bucket, part.key(), in, part.size(), part.contentType());
            }
            if (!part.sha256().equals(stored.sha256Hex())) {
                throw new IllegalStateException("object " + part.key() + " was stored with SHA-256 "
                        + stored.sha256Hex() + ", the archive has " + part.sha256());
            }
        }
    }
}
