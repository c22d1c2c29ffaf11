package cn.kaichuang.storage;

/** A specific object is absent; separate so callers can answer "404" without parsing messages. */
public class ObjectNotFoundException extends ObjectStoreException {

    private final String bucket;
    private final String key;

    public ObjectNotFoundException(String bucket, String key) {
        super("No object '" + key + "' in bucket '" + bucket + "'");
        this.bucket = bucket;
        this.key = key;
    }

    public String bucket() {
        return bucket;
    }

    public String key() {
        return key;
    }
}
