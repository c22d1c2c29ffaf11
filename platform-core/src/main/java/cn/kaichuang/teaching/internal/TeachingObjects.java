package cn.kaichuang.teaching.internal;

import cn.kaichuang.storage.ObjectStore;
import cn.kaichuang.storage.SniffedType;
import cn.kaichuang.storage.StorageProperties;
import cn.kaichuang.storage.TenantBuckets;
import cn.kaichuang.tenancy.TenantObjects;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Resources and task evidence in the current institution's bucket, under {@code teaching/}; the
 * same approach as the courseware's and the plans' files (staged, sniffed, then stored).
 */
@Component
public class TeachingObjects extends TenantObjects {

    TeachingObjects(ObjectProvider<ObjectStore> store, ObjectProvider<TenantBuckets> buckets,
            ObjectProvider<StorageProperties> storage) {
        super(store, buckets, storage, "Teaching resources");
    }

    public static String resourceKey(long cohortId, SniffedType type) {
        return "teaching/resources/" + cohortId + "/" + UUID.randomUUID() + "." + type.extension();
    }

    public static String evidenceKey(long taskId, SniffedType type) {
        return "teaching/evidence/" + taskId + "/" + UUID.randomUUID() + "." + type.extension();
    }
}
