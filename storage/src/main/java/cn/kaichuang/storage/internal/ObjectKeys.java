package cn.kaichuang.storage.internal;

import java.nio.charset.StandardCharsets;

/** Object-key rules common to S3 servers, checked before a request so the error names the key. */
public final class ObjectKeys {

    private static final int MAX_UTF8_BYTES = 1024;

    private ObjectKeys() {
    }

    public static String requireValid(String key) {
        if (key.isEmpty()) {
            throw new IllegalArgumentException("Object key must not be empty");
        }
        if (key.getBytes(StandardCharsets.UTF_8).length > MAX_UTF8_BYTES) {
            throw new IllegalArgumentException("Object key longer than " + MAX_UTF8_BYTES + " UTF-8 bytes: '"
                    + key.substring(0, 64) + "…'");
        }
        return key;
    }
}
