package cn.kaichuang.provisioning;

import cn.kaichuang.backup.ArchiveManifest;
import cn.kaichuang.storage.ObjectStore;
import cn.kaichuang.tenancy.TenantCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;

/**
 * One institution exported to its target. The archive is written to a temporary file first and
 * only then moved or uploaded, so a failed export never leaves a partial archive where backups are
 * looked for; each success is recorded for the backup-age metric.
 */
final class TenantExport {

    private final CoreContext core;
    private final ExportTarget target;

    TenantExport(CoreContext core, ExportTarget target) {
        this.core = core;
        this.target = target;
    }

    String run(TenantCode code) {
        Instant at = Instant.now();
        @Nullable Path temp = null;
        try {
            Path folder = target.bucket() != null ? null
                    : target.file() != null ? target.file().toAbsolutePath().getParent() : target.directory();
            temp = folder == null ? Files.createTempFile("kaichuang-export-", ".zip")
                    : Files.createTempFile(Files.createDirectories(folder), "." + code.value() + "-", ".part");
            ArchiveManifest manifest;
            try (OutputStream out = Files.newOutputStream(temp)) {
                manifest = core.archives().export(code, out);
            }
            long bytes = Files.size(temp);
            String sha256 = sha256(temp);
            String location = deliver(temp, code, at, bytes);
            core.exportLog().record(code, at, location, bytes, sha256);
            return String.format("Exported institution '%s': %d tables, %d rows, %d objects, %,d bytes to %s"
                    + " (SHA-256 %s)", code, manifest.tables().size(), manifest.totalRows(), manifest.objects().size(),
                    bytes, location, sha256);
        } catch (IOException e) {
            throw new CommandFailure("Exporting institution '" + code + "' failed: " + Failures.rootMessage(e), e);
        } finally {
            deleteQuietly(temp);
        }
    }

    private String deliver(Path archive, TenantCode code, Instant at, long bytes) throws IOException {
        if (target.bucket() != null) {
            ObjectStore store = core.objectStore().orElseThrow(() -> new UsageError(
                    "--to needs the object store: give --s3-endpoint, --s3-access-key and --s3-secret-key"));
            store.createBucket(target.bucket());
            String key = target.key(code.value(), at);
            try (InputStream in = Files.newInputStream(archive)) {
                store.put(target.bucket(), key, in, bytes, "application/zip");
            }
            return "s3://" + target.bucket() + "/" + key;
        }
        Path destination = target.file() != null ? target.file()
                : target.directory().resolve(ExportTarget.archiveName(code.value(), at));
        Files.move(archive, destination, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return destination.toAbsolutePath().normalize().toString();
    }

    private static String sha256(Path file) throws IOException {
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file),
                MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }

    private static void deleteQuietly(@Nullable Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // Moved away on success; after a failure a leftover temporary file must not hide the cause.
        }
    }
}
