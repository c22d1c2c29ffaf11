package cn.kaichuang.tenancy;

import cn.kaichuang.storage.ObjectStore;
import cn.kaichuang.storage.StagedUpload;
import cn.kaichuang.storage.StorageProperties;
import cn.kaichuang.storage.TenantBuckets;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Files of the current institution in its own bucket, for a feature that keeps uploads there
 * (plan attachments, teaching resources and evidence). The feature's subclass names its keys; the
 * bucket is created on first use and downloads go through short-lived presigned URLs.
 */
public abstract class TenantObjects {

    private final ObjectProvider<ObjectStore> store;
    private final TenantBuckets buckets;
    private final Duration expiry;
    private final String what;
    private final Set<String> readyBuckets = ConcurrentHashMap.newKeySet();

    /** @param what what the files are, for the error when no object store is configured */
    protected TenantObjects(ObjectProvider<ObjectStore> store, ObjectProvider<TenantBuckets> buckets,
            ObjectProvider<StorageProperties> storage, String what) {
        this.store = store;
        this.buckets = buckets.getIfAvailable(TenantBuckets::new);
        StorageProperties properties = storage.getIfAvailable();
        this.expiry = properties == null ? Duration.ofMinutes(5) : properties.presignExpiry();
        this.what = what;
    }

    public void store(StagedUpload upload, String key) {
        ObjectStore objects = store();
        String bucket = bucket();
        if (readyBuckets.add(bucket)) {
            objects.createBucket(bucket);
        }
        upload.storeIn(objects, bucket, key);
    }

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

    private String bucket() {
        return buckets.bucketFor(TenantContext.require().value());
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
