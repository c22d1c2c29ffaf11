package cn.kaichuang.storage;

import org.jspecify.annotations.Nullable;

/**
 * What is known about a stored object.
 *
 * @param sha256Hex lower-case hex SHA-256 of the content; {@code null} only for objects written to
 *     the bucket by something other than {@link ObjectStore#put}, which records it
 */
public record StoredObject(String bucket, String key, long size, String contentType, @Nullable String sha256Hex) {
}
