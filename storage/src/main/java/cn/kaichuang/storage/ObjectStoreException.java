package cn.kaichuang.storage;

import org.jspecify.annotations.Nullable;

/** The object store failed or refused an operation; the message names the operation and the object. */
public class ObjectStoreException extends RuntimeException {

    public ObjectStoreException(String message) {
        super(message);
    }

    public ObjectStoreException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }
}
