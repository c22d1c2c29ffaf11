package cn.kaichuang.courseware.internal;

import cn.kaichuang.courseware.CoursewareId;
import cn.kaichuang.storage.ObjectStore;
import cn.kaichuang.storage.SniffedType;
import cn.kaichuang.storage.StagedUpload;
import cn.kaichuang.storage.StorageProperties;
import cn.kaichuang.storage.StoredObject;
import cn.kaichuang.storage.TenantBuckets;
import java.net.URI;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** The courseware files in the platform's courseware bucket, one object per version. */
@Component
public class CoursewareObjects {

    private final ObjectProvider<ObjectStore> store;
    private final String bucket;
    private final Duration expiry;
    private volatile boolean bucketReady;

    CoursewareObjects(ObjectProvider<ObjectStore> store, ObjectProvider<TenantBuckets> buckets,
            ObjectProvider<StorageProperties> storage) {
        this.store = store;
        this.bucket = buckets.getIfAvailable(TenantBuckets::new).platformBucket("courseware");
        StorageProperties properties = storage.getIfAvailable();
        this.expiry = properties == null ? Duration.ofMinutes(5) : properties.presignExpiry();
    }

    public String bucket() {
        return bucket;
    }

    public static String key(CoursewareId id, int version, SniffedType type) {
        return "courseware/" + id.value() + "/v" + version + "." + type.extension();
    }

    public StoredObject store(StagedUpload upload, String key) {
        ObjectStore objects = store();
        if (!bucketReady) {
            objects.createBucket(bucket);
            bucketReady = true;
        }
        return upload.storeIn(objects, bucket, key);
    }

    /** Undoes {@link #store} when the database refuses the version. */
    public void delete(String key) {
        store().delete(bucket, key);
    }

    public URI presignedUrl(String key) {
        return store().presignedGetUrl(bucket, key, expiry);
    }

    public Duration expiry() {
        return expiry;
    }

    private ObjectStore store() {
        ObjectStore objects = store.getIfAvailable();
        if (objects == null) {
            throw new IllegalStateException("Courseware needs an object store: set kaichuang.storage.endpoint "
                    + "or kaichuang.storage.embedded.enabled=true");
        }
        return objects;
    }
}
