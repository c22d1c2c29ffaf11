package cn.kaichuang.outreach.internal;

import cn.kaichuang.storage.ObjectStore;
import cn.kaichuang.storage.PlatformObjects;
import cn.kaichuang.storage.StorageProperties;
import cn.kaichuang.storage.TenantBuckets;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Policy attachments in the platform's outreach bucket. */
@Component
public class OutreachObjects extends PlatformObjects {

    OutreachObjects(ObjectProvider<ObjectStore> store, ObjectProvider<TenantBuckets> buckets,
            ObjectProvider<StorageProperties> storage) {
        super(store, buckets, storage, "outreach", "Policy attachments");
    }
}
