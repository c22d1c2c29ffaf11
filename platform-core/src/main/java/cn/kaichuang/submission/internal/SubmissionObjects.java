package cn.kaichuang.submission.internal;

import cn.kaichuang.storage.ObjectStore;
import cn.kaichuang.storage.SniffedType;
import cn.kaichuang.storage.StorageProperties;
import cn.kaichuang.storage.TenantBuckets;
import cn.kaichuang.tenancy.TenantObjects;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Plan attachments in the current institution's bucket, under {@code submissions/<id>/}. */
@Component
public class SubmissionObjects extends TenantObjects {

    SubmissionObjects(ObjectProvider<ObjectStore> store, ObjectProvider<TenantBuckets> buckets,
            ObjectProvider<StorageProperties> storage) {
        super(store, buckets, storage, "Plan attachments");
    }

    public static String key(long submissionId, SniffedType type) {
        return "submissions/" + submissionId + "/" + UUID.randomUUID() + "." + type.extension();
    }
}
