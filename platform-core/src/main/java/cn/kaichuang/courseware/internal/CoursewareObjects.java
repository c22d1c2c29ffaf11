package cn.kaichuang.courseware.internal;

import cn.kaichuang.courseware.CoursewareId;
import cn.kaichuang.storage.ObjectStore;
import cn.kaichuang.storage.PlatformObjects;
import cn.kaichuang.storage.SniffedType;
import cn.kaichuang.storage.StorageProperties;
import cn.kaichuang.storage.TenantBuckets;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** The courseware files in the platform's courseware bucket, one object per version. */
@Component
public class CoursewareObjects extends PlatformObjects {

    CoursewareObjects(ObjectProvider<ObjectStore> store, ObjectProvider<TenantBuckets> buckets,
            ObjectProvider<StorageProperties> storage) {
        super(store, buckets, storage, "courseware", "Courseware files");
    }

    public static String key(CoursewareId id, int version, SniffedType type) {
        return "courseware/" + id.value() + "/v" + version + "." + type.extension();
    }
}
