package cn.kaichuang.storage;

import cn.kaichuang.storage.internal.HashingInputStream;
import cn.kaichuang.storage.internal.MinioCalls;
import cn.kaichuang.storage.internal.ObjectKeys;
import io.minio.BucketExistsArgs;
import io.minio.CopyObjectArgs;
import io.minio.CopySource;
import io.minio.Directive;
import io.minio.GetObjectArgs;
import io.minio.GetPresignedObjectUrlArgs;
import io.minio.ListObjectsArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.RemoveBucketArgs;
import io.minio.RemoveObjectArgs;
import io.minio.RemoveObjectsArgs;
import io.minio.Result;
import io.minio.StatObjectArgs;
import io.minio.StatObjectResponse;
import io.minio.errors.ErrorResponseException;
import io.minio.http.Method;
import io.minio.messages.DeleteError;
import io.minio.messages.DeleteObject;
import io.minio.messages.Item;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * {@link ObjectStore} over the MinIO Java SDK, which speaks plain S3 and so works against MinIO,
 * the embedded S3Proxy and AWS alike. Thread-safe; close it to release the HTTP connection pool.
 */
public final class MinioObjectStore implements ObjectStore, AutoCloseable {

    /** User-metadata name (sent as {@code x-amz-meta-sha256}) under which each object's digest is kept. */
    public static final String SHA256_METADATA = "sha256";

    static final String DEFAULT_CONTENT_TYPE = "application/octet-stream";

    // Parts for uploads of unknown size; MinIO buffers one part in memory, S3 needs at least 5 MiB.
    private static final long UNKNOWN_SIZE_PART_BYTES = 16L * 1024 * 1024;
    private static final Duration MAX_PRESIGN_EXPIRY = Duration.ofDays(7);
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration DEFAULT_IO_TIMEOUT = Duration.ofMinutes(5);

    private final URI endpoint;
    private final MinioClient client;
    private final MinioCalls calls;

    /**
     * @param region the region requests are signed for; set explicitly so that signing presigned
     *     URLs never needs a round trip to discover it
     */
    public MinioObjectStore(URI endpoint, String accessKey, String secretKey, String region) {
        this.endpoint = endpoint;
        this.client = MinioClient.builder()
                .endpoint(endpoint.toString())
                .credentials(accessKey, secretKey)
                .region(region)
                .build();
        // Fail fast when the server is unreachable (health checks, requests) instead of after
        // the SDK's five minutes; reads and writes keep the long default for large objects.
        this.client.setTimeout(CONNECT_TIMEOUT.toMillis(), DEFAULT_IO_TIMEOUT.toMillis(), DEFAULT_IO_TIMEOUT.toMillis());
        this.calls = new MinioCalls(endpoint);
    }

    @Override
    public URI endpoint() {
        return endpoint;
    }

    @Override
    public void createBucket(String bucket) {
        BucketNames.requireValid(bucket);
        if (bucketExists(bucket)) {
            return;
        }
        calls.run("create", bucket, null, () -> {
            try {
                client.makeBucket(MakeBucketArgs.builder().bucket(bucket).build());
            } catch (ErrorResponseException e) {
                // Lost a race with another replica creating the same bucket: the outcome we wanted.
                if (!"BucketAlreadyOwnedByYou".equals(MinioCalls.errorCode(e))) {
                    throw e;
                }
            }
        });
    }

    @Override
    public boolean bucketExists(String bucket) {
        BucketNames.requireValid(bucket);
        return calls.call("check existence of", bucket, null,
                () -> client.bucketExists(BucketExistsArgs.builder().bucket(bucket).build()));
    }

    @Override
    public void removeBucket(String bucket) {
        if (!bucketExists(bucket)) {
            return;
        }
        // S3 refuses to delete a bucket that still holds objects, and has no recursive delete.
        List<String> keys = list(bucket, "");
        if (!keys.isEmpty()) {
            removeObjects(bucket, keys);
        }
        calls.run("remove", bucket, null, () -> {
            try {
                client.removeBucket(RemoveBucketArgs.builder().bucket(bucket).build());
            } catch (ErrorResponseException e) {
                if (!"NoSuchBucket".equals(MinioCalls.errorCode(e))) {
                    throw e;
                }
            }
        });
    }

    private void removeObjects(String bucket, List<String> keys) {
        List<DeleteObject> objects = keys.stream().map(DeleteObject::new).toList();
        List<String> failures = new ArrayList<>();
        calls.run("empty", bucket, null, () -> {
            // The SDK deletes lazily, batch by batch, as the results are iterated.
            for (Result<DeleteError> result : client.removeObjects(
                    RemoveObjectsArgs.builder().bucket(bucket).objects(objects).build())) {
                DeleteError error = result.get();
                failures.add(error.objectName() + " (" + error.code() + ": " + error.message() + ")");
            }
        });
        if (!failures.isEmpty()) {
            throw new ObjectStoreException("Could not empty bucket '" + bucket + "' at " + endpoint
                    + "; objects not deleted: " + String.join(", ", failures));
        }
    }

    @Override
    public StoredObject put(String bucket, String key, InputStream content, long size,
            @Nullable String contentType) {
        BucketNames.requireValid(bucket);
        ObjectKeys.requireValid(key);
        if (size < -1) {
            throw new IllegalArgumentException("Object size must be -1 (unknown) or at least 0, was " + size);
        }
        String type = contentType == null || contentType.isBlank() ? DEFAULT_CONTENT_TYPE : contentType;
        HashingInputStream hashing = new HashingInputStream(content);
        calls.run("upload", bucket, key, () -> client.putObject(PutObjectArgs.builder()
                .bucket(bucket).object(key)
                .stream(hashing, size, size < 0 ? UNKNOWN_SIZE_PART_BYTES : -1)
                .contentType(type)
                .build()));
        String sha256Hex = hashing.sha256Hex();
        recordDigest(bucket, key, type, sha256Hex);
        return new StoredObject(bucket, key, hashing.count(), type, sha256Hex);
    }

    /**
     * The digest is only known once the content has streamed through, after the headers went out;
     * S3 metadata is immutable, so it is attached by a server-side copy of the object onto itself
     * (MinIO turns that into a metadata-only update). Buffering the upload instead would cost a
     * temporary file or heap per upload.
     */
    private void recordDigest(String bucket, String key, String contentType, String sha256Hex) {
        try {
            calls.run("record the SHA-256 of", bucket, key, () -> client.copyObject(CopyObjectArgs.builder()
                    .bucket(bucket).object(key)
                    .source(CopySource.builder().bucket(bucket).object(key).build())
                    .metadataDirective(Directive.REPLACE)
                    .headers(Map.of("Content-Type", contentType))
                    .userMetadata(Map.of(SHA256_METADATA, sha256Hex))
                    .build()));
        } catch (ObjectStoreException e) {
            // Do not leave behind an object whose integrity can no longer be checked.
            try {
                delete(bucket, key);
            } catch (ObjectStoreException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }

    @Override
    public InputStream get(String bucket, String key) {
        BucketNames.requireValid(bucket);
        ObjectKeys.requireValid(key);
        return calls.call("download", bucket, key,
                () -> client.getObject(GetObjectArgs.builder().bucket(bucket).object(key).build()));
    }

    @Override
    public Optional<StoredObject> stat(String bucket, String key) {
        BucketNames.requireValid(bucket);
        ObjectKeys.requireValid(key);
        try {
            StatObjectResponse stat = calls.call("read metadata of", bucket, key,
                    () -> client.statObject(StatObjectArgs.builder().bucket(bucket).object(key).build()));
            String type = stat.contentType() == null ? DEFAULT_CONTENT_TYPE : stat.contentType();
            return Optional.of(new StoredObject(bucket, key, stat.size(), type, sha256Of(stat)));
        } catch (ObjectNotFoundException e) {
            return Optional.empty();
        }
    }

    private static @Nullable String sha256Of(StatObjectResponse stat) {
        // Servers differ in the case they return metadata names in.
        return stat.userMetadata().entrySet().stream()
                .filter(entry -> entry.getKey().equalsIgnoreCase(SHA256_METADATA))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(null);
    }

    @Override
    public void delete(String bucket, String key) {
        BucketNames.requireValid(bucket);
        ObjectKeys.requireValid(key);
        calls.run("delete", bucket, key,
                () -> client.removeObject(RemoveObjectArgs.builder().bucket(bucket).object(key).build()));
    }

    @Override
    public List<String> list(String bucket, String prefix) {
        BucketNames.requireValid(bucket);
        return calls.call("list objects with prefix '" + prefix + "' in", bucket, null, () -> {
            List<String> keys = new ArrayList<>();
            // Recursive: keys are flat names, so "a/b" must be listed under prefix "a/" too.
            for (Result<Item> result : client.listObjects(
                    ListObjectsArgs.builder().bucket(bucket).prefix(prefix).recursive(true).build())) {
                keys.add(result.get().objectName());
            }
            return keys;
        });
    }

    @Override
    public URI presignedGetUrl(String bucket, String key, Duration expiry) {
        BucketNames.requireValid(bucket);
        ObjectKeys.requireValid(key);
        if (expiry.compareTo(Duration.ofSeconds(1)) < 0 || expiry.compareTo(MAX_PRESIGN_EXPIRY) > 0) {
            throw new IllegalArgumentException("Presigned URL expiry must be between 1 second and 7 days, was "
                    + expiry);
        }
        return calls.call("presign a download of", bucket, key, () -> URI.create(client.getPresignedObjectUrl(
                GetPresignedObjectUrlArgs.builder()
                        .method(Method.GET)
                        .bucket(bucket).object(key)
                        .expiry((int) expiry.toSeconds(), TimeUnit.SECONDS)
                        .build())));
    }

    @Override
    public void close() {
        try {
            client.close();
        } catch (Exception e) {
            throw new ObjectStoreException("Could not close the MinIO client for " + endpoint, e);
        }
    }

    @Override
    public String toString() {
        return "MinioObjectStore[" + endpoint + "]";
    }
}
