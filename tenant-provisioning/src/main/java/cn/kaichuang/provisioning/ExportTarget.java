package cn.kaichuang.provisioning;

import cn.kaichuang.storage.BucketNames;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;

/**
 * Where an export goes: a file, a directory, or a bucket (with an optional key prefix) on the
 * object store. Archive names carry the institution code and the UTC time of the export.
 */
record ExportTarget(@Nullable Path file, @Nullable Path directory, @Nullable String bucket, String prefix) {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    static ExportTarget parse(@Nullable Path out, @Nullable String to, boolean single) {
        if (to != null) {
            if (!to.startsWith("s3://")) {
                throw new UsageError("--to must be an S3 URL such as s3://kaichuang-exports, got '" + to + "'");
            }
            String rest = to.substring("s3://".length());
            int slash = rest.indexOf('/');
            String bucket = slash < 0 ? rest : rest.substring(0, slash);
            String prefix = slash < 0 ? "" : rest.substring(slash + 1).replaceAll("/+$", "");
            if (!BucketNames.isValid(bucket)) {
                throw new UsageError("--to names an invalid bucket '" + bucket + "'");
            }
            return new ExportTarget(null, null, bucket, prefix.isEmpty() ? "" : prefix + "/");
        }
        Path path = out == null ? Path.of(".") : out;
        if (single && (out == null || Files.isDirectory(out))) {
            return new ExportTarget(null, path, null, "");
        }
        if (!single && Files.exists(path) && !Files.isDirectory(path)) {
            throw new UsageError("With --all, --out must be a directory; " + path + " is a file");
        }
        return single ? new ExportTarget(path, null, null, "") : new ExportTarget(null, path, null, "");
    }

    static String archiveName(String code, Instant at) {
        return code + "-" + STAMP.format(at) + ".zip";
    }

    /** The object key of an archive in the bucket: one folder per institution. */
    String key(String code, Instant at) {
        return prefix + code + "/" + archiveName(code, at);
    }
}
