package cn.kaichuang.backup;

import java.time.Instant;
import java.util.List;

/**
 * The table of contents of an archive, stored in it as {@code manifest.json}: where it came
 * from, and every other part with its SHA-256.
 *
 * @param format archive layout version; an importer refuses formats it does not know
 * @param schemaVersion tenant changesets applied to the exported schema
 * @param tables in the order they are restored (referenced tables first)
 */
public record ArchiveManifest(
        int format,
        String tenantCode,
        String name,
        String regionCode,
        String status,
        int schemaVersion,
        Instant exportedAt,
        List<TablePart> tables,
        List<ObjectPart> objects) {

    public static final int FORMAT = 1;
    public static final String ENTRY = "manifest.json";

    public ArchiveManifest {
        tables = List.copyOf(tables);
        objects = List.copyOf(objects);
    }

    /** One table's rows in PostgreSQL COPY text format, under {@code tables/<name>.copy}. */
    public record TablePart(String name, List<String> columns, long rows, String sha256) {

        public TablePart {
            columns = List.copyOf(columns);
        }

        public String entry() {
            return "tables/" + name + ".copy";
        }
    }

    /** One object of the institution's bucket, under {@code objects/<key>}. */
    public record ObjectPart(String key, long size, String contentType, String sha256) {

        public String entry() {
            return "objects/" + key;
        }
    }

    public long totalRows() {
        return tables.stream().mapToLong(TablePart::rows).sum();
    }
}
