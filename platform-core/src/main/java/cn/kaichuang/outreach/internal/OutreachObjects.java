package cn.kaichuang.outreach.internal;

import cn.kaichuang.storage.ObjectStore;
import cn.kaichuang.storage.StagedUpload;
import cn.kaichuang.storage.StorageProperties;
import cn.kaichuang.storage.StoredObject;
import cn.kaichuang.storage.TenantBuckets;
import java.net.URI;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Policy attachments in the platform's outreach bucket. */
@Component
public class OutreachObjects {

    private final ObjectProvider<ObjectStore> store;
    private final String bucket;
    private final Duration expiry;
    private volatile boolean bucketReady;

    OutreachObjects(ObjectProvider<ObjectStore> store, ObjectProvider<TenantBuckets> buckets,
            ObjectProvider<StorageProperties> storage) {
        this.store = store;
        this.bucket = buckets.getIfAvailable(TenantBuckets::new).platformBucket("outreach");
        StorageProperties properties = storage.getIfAvailable();
        this.expiry = properties == null ? Duration.ofMinutes(5) : properties.presignExpiry();
    }

    public StoredObject store(StagedUpload upload, String key) {
        ObjectStore objects = store();
        if (!bucketReady) {
            objects.createBucket(bucket);
            bucketReady = true;
        }
        return upload.storeIn(objects, bucket, key);
    }

    public void delete(String key) {
        store().delete(bucket, key);
    }

    public URI presignedUrl(String key) {
        return store().presignedGetUrl(bucket, key, expiry);
    }

    private ObjectStore store() {
        ObjectStore objects = store.getIfAvailable();
        if (objects == null) {
            throw new IllegalStateException("Policy attachments need an object store: set kaichuang.storage.endpoint "
                    + "or kaichuang.storage.embedded.enabled=true");
        }
        return objects;
    }
}
