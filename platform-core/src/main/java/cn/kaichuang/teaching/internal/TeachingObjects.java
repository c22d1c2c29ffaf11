package cn.kaichuang.teaching.internal;

import cn.kaichuang.storage.ObjectStore;
import cn.kaichuang.storage.SniffedType;
import cn.kaichuang.storage.StagedUpload;
import cn.kaichuang.storage.StorageProperties;
import cn.kaichuang.storage.TenantBuckets;
import cn.kaichuang.tenancy.TenantContext;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Resources and task evidence in the current institution's bucket, under {@code teaching/}; the
 * same approach as the courseware's and the plans' files (staged, sniffed, then stored).
 */
@Component
public class TeachingObjects {

    private final ObjectProvider<ObjectStore> store;
    private final TenantBuckets buckets;
    private final Duration expiry;
    private final Set<String> readyBuckets = ConcurrentHashMap.newKeySet();

    TeachingObjects(ObjectProvider<ObjectStore> store, ObjectProvider<TenantBuckets> buckets,
            ObjectProvider<StorageProperties> storage) {
        this.store = store;
        this.buckets = buckets.getIfAvailable(TenantBuckets::new);
        StorageProperties properties = storage.getIfAvailable();
        this.expiry = properties == null ? Duration.ofMinutes(5) : properties.presignExpiry();
    }

    public static String resourceKey(long cohortId, SniffedType type) {
        return "teaching/resources/" + cohortId + "/" + UUID.randomUUID() + "." + type.extension();
    }

    public static String evidenceKey(long taskId, SniffedType type) {
        return "teaching/evidence/" + taskId + "/" + UUID.randomUUID() + "." + type.extension();
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
            throw new IllegalStateException("Teaching resources need an object store: set kaichuang.storage.endpoint "
                    + "or kaichuang.storage.embedded.enabled=true");
        }
        return objects;
    }
}
