package cn.kaichuang.storage;

import org.springframework.beans.factory.ObjectProvider;

/**
 * A feature's files in a bucket of the platform itself, not of any institution: content the
 * province keeps for everyone, such as courseware and policy attachments.
 */
public abstract class PlatformObjects extends BucketObjects {

    private final String bucket;

    /**
     * @param purpose names the bucket ({@link TenantBuckets#platformBucket})
     * @param what what the files are, for the error when no object store is configured
     */
    protected PlatformObjects(ObjectProvider<ObjectStore> store, ObjectProvider<TenantBuckets> buckets,
            ObjectProvider<StorageProperties> storage, String purpose, String what) {
        super(store, storage, what);
        this.bucket = buckets.getIfAvailable(TenantBuckets::new).platformBucket(purpose);
    }

    @Override
    protected String bucket() {
        return bucket;
    }
}
