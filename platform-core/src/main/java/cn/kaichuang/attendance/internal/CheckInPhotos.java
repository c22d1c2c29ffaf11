package cn.kaichuang.attendance.internal;

import cn.kaichuang.attendance.CheckInProperties;
import cn.kaichuang.attendance.CheckInRefusedException;
import cn.kaichuang.storage.ContentKind;
import cn.kaichuang.storage.ObjectStore;
import cn.kaichuang.storage.StagedUpload;
import cn.kaichuang.storage.TenantBuckets;
import cn.kaichuang.storage.UploadLimits;
import cn.kaichuang.storage.UploadRefusedException;
import java.io.InputStream;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Photo evidence of a check-in: a JPEG or PNG (recognised by its content) up to the configured
 * size, kept in the institution's bucket under a key that names the session and trainee.
 */
@Component
public class CheckInPhotos {

    private final ObjectProvider<ObjectStore> store;
    private final TenantBuckets buckets;
    private final UploadLimits limits;

    CheckInPhotos(ObjectProvider<ObjectStore> store, ObjectProvider<TenantBuckets> buckets,
            CheckInProperties properties) {
        this.store = store;
        this.buckets = buckets.getIfAvailable(TenantBuckets::new);
        this.limits = new UploadLimits(Map.of(ContentKind.IMAGE, properties.photoMaxBytes()));
    }

    /** Checks the photo before anything is stored; the caller closes it. */
    public StagedUpload receive(InputStream photo) {
        try {
            return StagedUpload.receive(photo, limits);
        } catch (UploadRefusedException e) {
            throw switch (e.reason()) {
                case TOO_LARGE -> new CheckInRefusedException("checkin.error.photo-size",
                        String.valueOf(e.limitBytes() / 1024));
                case EMPTY, UNSUPPORTED_TYPE -> new CheckInRefusedException("checkin.error.photo-type");
            };
        }
    }

    /** Stores it in the tenant's bucket; returns the key. */
    public String store(StagedUpload photo, String tenant, long session, long trainee) {
        ObjectStore objects = store.getIfAvailable();
        if (objects == null) {
            throw new IllegalStateException("Check-in photos need an object store: set kaichuang.storage.endpoint");
        }
        String key = "check-in/" + session + "/" + trainee + "-" + photo.sha256Hex().substring(0, 16) + "."
                + photo.type().extension();
        photo.storeIn(objects, buckets.bucketFor(tenant), key);
        return key;
    }
}
