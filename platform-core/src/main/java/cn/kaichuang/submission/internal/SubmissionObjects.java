package cn.kaichuang.submission.internal;

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

/** Plan attachments in the current institution's bucket, under {@code submissions/<id>/}. */
@Component
public class SubmissionObjects {

    private final ObjectProvider<ObjectStore> store;
    private final TenantBuckets buckets;
    private final Duration expiry;
    private final Set<String> readyBuckets = ConcurrentHashMap.newKeySet();

    SubmissionObjects(ObjectProvider<ObjectStore> store, ObjectProvider<TenantBuckets> buckets,
            ObjectProvider<StorageProperties> storage) {
        this.store = store;
        this.buckets = buckets.getIfAvailable(TenantBuckets::new);
        StorageProperties properties = storage.getIfAvailable();
        this.expiry = properties == null ? Duration.ofMinutes(5) : properties.presignExpiry();
    }

    public static String key(long submissionId, SniffedType type) {
        return "submissions/" + submissionId + "/" + UUID.randomUUID() + "." + type.extension();
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

    private String bucket() {
        return buckets.bucketFor(TenantContext.require().value());
    }

    private ObjectStore store() {
        ObjectStore objects = store.getIfAvailable();
        if (objects == null) {
            throw new IllegalStateException("Plan attachments need an object store: set kaichuang.storage.endpoint "
                    + "or kaichuang.storage.embedded.enabled=true");
        }
        return objects;
    }
}
