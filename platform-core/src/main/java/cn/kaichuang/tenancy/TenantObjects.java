package cn.kaichuang.tenancy;

import cn.kaichuang.storage.BucketObjects;
import cn.kaichuang.storage.ObjectStore;
import cn.kaichuang.storage.StorageProperties;
import cn.kaichuang.storage.TenantBuckets;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Files of the current institution in its own bucket, for a feature that keeps uploads there
 * (plan attachments, teaching resources and evidence, check-in photos). The feature's subclass
 * names its keys.
 */
public abstract class TenantObjects extends BucketObjects {

    private final TenantBuckets buckets;

    /** @param what what the files are, for the error when no object store is configured */
    protected TenantObjects(ObjectProvider<ObjectStore> store, ObjectProvider<TenantBuckets> buckets,
            ObjectProvider<StorageProperties> storage, String what) {
        super(store, storage, what);
        this.buckets = buckets.getIfAvailable(TenantBuckets::new);
    }

    @Override
    protected String bucket() {
        return buckets.bucketFor(TenantContext.require().value());
    }
}
