package cn.kaichuang.storage;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The platform's view of an S3-protocol object store. Every failure of the store surfaces as an
 * unchecked {@link ObjectStoreException}; invalid bucket names, keys or expiries are programming
 * errors and surface as {@link IllegalArgumentException}.
 */
public interface ObjectStore {

    /** Where the store is reached; for diagnostics such as health details, never for building URLs. */
    URI endpoint();

    /** Creates the bucket unless it already exists (so provisioning can simply be re-run). */
    void createBucket(String bucket);

    boolean bucketExists(String bucket);

    /** Removes every object in the bucket and then the bucket itself; does nothing if it is absent. */
    void removeBucket(String bucket);

    /**
     * Stores {@code size} bytes of {@code content} under {@code key}, replacing any existing object,
     * and records their SHA-256 with the object. The stream is read but not closed.
     *
     * @param size the exact number of bytes to store, or {@code -1} when unknown (uploaded in parts)
     * @param contentType the MIME type; {@code application/octet-stream} when {@code null}
     */
    StoredObject put(String bucket, String key, InputStream content, long size, @Nullable String contentType);

    default StoredObject put(String bucket, String key, byte[] content, @Nullable String contentType) {
        return put(bucket, key, new ByteArrayInputStream(content), content.length, contentType);
    }

    /**
     * Opens the object for reading; the caller must close the stream.
     *
     * @throws ObjectNotFoundException if there is no such object
     */
    InputStream get(String bucket, String key);

    /** The object's metadata, or empty if there is no such object. */
    Optional<StoredObject> stat(String bucket, String key);

    /** Deletes the object; deleting an absent object is not an error. */
    void delete(String bucket, String key);

    /** Keys of all objects whose key starts with {@code prefix} ("" for all), in lexicographic order. */
    List<String> list(String bucket, String prefix);

    /**
     * A URL anyone holding it can GET the object with until {@code expiry} has passed; keep it short.
     * No request is made, so the object need not exist yet.
     *
     * @param expiry between one second and seven days (the S3 limit)
     */
    URI presignedGetUrl(String bucket, String key, Duration expiry);
}
