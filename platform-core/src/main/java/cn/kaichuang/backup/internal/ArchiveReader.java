package cn.kaichuang.backup.internal;

import cn.kaichuang.backup.ArchiveManifest;
import cn.kaichuang.backup.ArchiveRejectedException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Opens an archive and checks it whole before anything is restored from it: the manifest is
 * readable, every part it names is present with its SHA-256, and nothing else is in the zip.
 */
final class ArchiveReader {

    private final JsonMapper json;

    ArchiveReader(JsonMapper json) {
        this.json = json;
    }

    /** An open, checked archive; close it when done. */
    record Checked(ZipFile zip, ArchiveManifest manifest) implements AutoCloseable {

        InputStream open(String entry) throws IOException {
            return zip.getInputStream(zip.getEntry(entry));
        }

        @Override
        public void close() throws IOException {
            zip.close();
        }
    }

    Checked open(Path archive) {
        ZipFile zip;
        try {
            zip = new ZipFile(archive.toFile());
        } catch (IOException e) {
            throw new ArchiveRejectedException("Archive " + archive + " is not a readable zip file: " + e.getMessage(), e);
        }
        try {
            ArchiveManifest manifest = manifest(zip, archive);
            checkParts(zip, manifest, archive);
            return new Checked(zip, manifest);
        } catch (IOException | RuntimeException e) {
            close(zip);
            throw e instanceof ArchiveRejectedException rejected ? rejected
                    : new ArchiveRejectedException("Archive " + archive + " cannot be read: " + e.getMessage(), e);
        }
    }

    private ArchiveManifest manifest(ZipFile zip, Path archive) throws IOException {
        ZipEntry entry = zip.getEntry(ArchiveManifest.ENTRY);
        if (entry == null) {
            throw new ArchiveRejectedException("Archive " + archive + " has no " + ArchiveManifest.ENTRY
                    + "; it is not a Kaichuang institution export");
        }
        ArchiveManifest manifest;
        try (InputStream in = zip.getInputStream(entry)) {
            manifest = json.readValue(in, ArchiveManifest.class);
        } catch (JacksonException e) {
            throw new ArchiveRejectedException("The manifest of archive " + archive + " is damaged: "
                    + e.getOriginalMessage(), e);
        }
        if (manifest.format() != ArchiveManifest.FORMAT) {
            throw new ArchiveRejectedException("Archive " + archive + " has format " + manifest.format()
                    + "; this version reads format " + ArchiveManifest.FORMAT);
        }
        return manifest;
    }

    private static void checkParts(ZipFile zip, ArchiveManifest manifest, Path archive) throws IOException {
        Map<String, String> expected = new HashMap<>();
        manifest.tables().forEach(t -> expected.put(t.entry(), t.sha256()));
        manifest.objects().forEach(o -> expected.put(o.entry(), o.sha256()));
        for (ZipEntry entry : Collections.list(zip.entries())) {
            String name = entry.getName();
            if (name.equals(ArchiveManifest.ENTRY)) {
                continue;
            }
            String sha256 = expected.remove(name);
            if (sha256 == null) {
                throw new ArchiveRejectedException("Archive " + archive + " holds " + name
                        + ", which its manifest does not list; it was altered after the export");
            }
            String actual;
            try (InputStream in = zip.getInputStream(entry)) {
                actual = Sha256.of(in);
            }
            if (!actual.equals(sha256)) {
                throw new ArchiveRejectedException("Archive " + archive + " is corrupted: " + name
                        + " has SHA-256 " + actual + ", the manifest says " + sha256);
            }
        }
        if (!expected.isEmpty()) {
            throw new ArchiveRejectedException("Archive " + archive + " is incomplete: " + expected.size()
                    + " part(s) missing, e.g. " + expected.keySet().iterator().next());
        }
    }

    private static void close(ZipFile zip) {
        try {
            zip.close();
        } catch (IOException ignored) {
            // the archive was refused already; a failing close adds nothing
        }
    }
}
