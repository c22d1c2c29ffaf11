package cn.kaichuang.storage;

import cn.kaichuang.storage.UploadRefusedException.Reason;
import cn.kaichuang.storage.internal.HashingInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An upload received into a temporary file and checked before anything reaches the object store:
 * not empty, a type recognised from its content and accepted by the limits, and not larger than
 * its kind's limit. Refusal happens in {@link #receive}, so a refused upload leaves no object
 * behind; {@link #close()} deletes the temporary file.
 */
public final class StagedUpload implements AutoCloseable {

    private static final int BUFFER = 64 * 1024;

    private final Path file;
    private final long size;
    private final String sha256Hex;
    private final SniffedType type;

    private StagedUpload(Path file, long size, String sha256Hex, SniffedType type) {
        this.file = file;
        this.size = size;
        this.sha256Hex = sha256Hex;
        this.type = type;
    }

    /**
     * Reads {@code content} (not closed) up to one byte beyond the largest limit.
     *
     * @throws UploadRefusedException if the upload is empty, of a type not accepted, or too large
     */
    public static StagedUpload receive(InputStream content, UploadLimits limits) {
        Path file = createTempFile();
        try {
            HashingInputStream hashing = new HashingInputStream(content);
            long largest = limits.largest();
            long copied = copy(hashing, file, largest + 1);
            if (copied == 0) {
                throw new UploadRefusedException(Reason.EMPTY, 0);
            }
            if (copied > largest) {
                throw new UploadRefusedException(Reason.TOO_LARGE, largest);
            }
            SniffedType type = ContentSniffer.sniff(file)
                    .filter(t -> limits.of(t.kind()).isPresent())
                    .orElseThrow(() -> new UploadRefusedException(Reason.UNSUPPORTED_TYPE, 0));
            long limit = limits.of(type.kind()).orElseThrow();
            if (copied > limit) {
                throw new UploadRefusedException(Reason.TOO_LARGE, limit);
            }
            return new StagedUpload(file, copied, hashing.sha256Hex(), type);
        } catch (RuntimeException e) {
            delete(file);
            throw e;
        }
    }

    public long size() {
        return size;
    }

    public String sha256Hex() {
        return sha256Hex;
    }

    public SniffedType type() {
        return type;
    }

    /** Stores the content under {@code key} with its sniffed type. */
    public StoredObject storeIn(ObjectStore store, String bucket, String key) {
        try (InputStream in = Files.newInputStream(file)) {
            return store.put(bucket, key, in, size, type.mimeType());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the staged upload", e);
        }
    }

    @Override
    public void close() {
        delete(file);
    }

    private static long copy(InputStream in, Path file, long atMost) {
        try (OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[BUFFER];
            long total = 0;
            int read;
            while (total < atMost && (read = in.read(buffer, 0, (int) Math.min(buffer.length, atMost - total))) > 0) {
                out.write(buffer, 0, read);
                total += read;
            }
            return total;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not receive the upload", e);
        }
    }

    private static Path createTempFile() {
        try {
            return Files.createTempFile("kaichuang-upload-", ".part");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create a temporary file for the upload", e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // The system's temporary directory is cleaned eventually; the upload's outcome stands.
        }
    }
}
