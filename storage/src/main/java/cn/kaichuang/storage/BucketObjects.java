package cn.kaichuang.storage;

import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.ObjectProvider;

/**
 * A feature's files in one bucket of the object store, for the feature's subclass that says which
 * bucket and names the keys. The bucket is created on first use, downloads go through short-lived
 * presigned URLs, and a deployment without an object store is told what to configure.
 */
public abstract class BucketObjects {

    private final ObjectProvider<ObjectStore> store;
    private final Duration expiry;
    private final String what;
    private final Set<String> readyBuckets = ConcurrentHashMap.newKeySet();

    /** @param what what the files are, for the error when no object store is configured */
    protected BucketObjects(ObjectProvider<ObjectStore> store, ObjectProvider<StorageProperties> storage, String what) {
        this.store = store;
        StorageProperties properties = storage.getIfAvailable();
        this.expiry = properties == null ? Duration.ofMinutes(5) : properties.presignExpiry();
        this.what = what;
    }

    /** The bucket the files of the current call are in. */
    protected abstract String bucket();

    public StoredObject store(StagedUpload upload, String key) {
        ObjectStore objects = store();
        String bucket = bucket();
        if (!readyBuckets.contains(bucket)) {
            objects.createBucket(bucket);
            readyBuckets.add(bucket);
        }
        return upload.storeIn(objects, bucket, key);
    }

    /** Also undoes {@link #store} when the database then refuses what the file belongs to. */
    public void delete(String key) {
        store().delete(bucket(), key);
    }

    public InputStream open(String key) {
        return store().get(bucket(), key);
    }

    public URI presignedUrl(String key) {
        return store().presignedGetUrl(bucket(), key, expiry);
    }

    public Duration expiry() {
        return expiry;
    }

    private ObjectStore store() {
        ObjectStore objects = store.getIfAvailable();
        if (objects == null) {
            throw new IllegalStateException(what + " need an object store: set kaichuang.storage.endpoint "
                    + "or kaichuang.storage.embedded.enabled=true");
        }
        return objects;
    }
}
