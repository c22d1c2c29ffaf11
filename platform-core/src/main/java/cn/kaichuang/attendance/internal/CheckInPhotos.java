package cn.kaichuang.attendance.internal;

import cn.kaichuang.attendance.CheckInProperties;
import cn.kaichuang.attendance.CheckInRefusedException;
import cn.kaichuang.storage.ContentKind;
import cn.kaichuang.storage.ObjectStore;
import cn.kaichuang.storage.StagedUpload;
import cn.kaichuang.storage.StorageProperties;
import cn.kaichuang.storage.TenantBuckets;
import cn.kaichuang.storage.UploadLimits;
import cn.kaichuang.storage.UploadRefusedException;
import cn.kaichuang.tenancy.TenantObjects;
import java.io.InputStream;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Photo evidence of a check-in: a JPEG or PNG (recognised by its content) up to the configured
 * size, kept in the institution's bucket under a key that names the session and trainee.
 */
@Component
public class CheckInPhotos extends TenantObjects {

    private final UploadLimits limits;

    CheckInPhotos(ObjectProvider<ObjectStore> store, ObjectProvider<TenantBuckets> buckets,
            ObjectProvider<StorageProperties> storage, CheckInProperties properties) {
        super(store, buckets, storage, "Check-in photos");
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

    public static String key(StagedUpload photo, long session, long trainee) {
        return "check-in/" + session + "/" + trainee + "-" + photo.sha256Hex().substring(0, 16) + "."
                + photo.type().extension();
    }
}
