package cn.kaichuang.crypto;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Keys for personal data. Every ciphertext names the key it was made with, so a new
 * {@code activeKey} can be introduced while old values stay readable. Keys may also come from
 * a mounted secret directory, {@code kaichuang.crypto.keys.dir} ({@link KeyDirectory}).
 *
 * @param keys key id to Base64-encoded 256-bit AES key
 * @param activeKey id of the key new values are encrypted with
 * @param indexKey Base64-encoded HMAC key of the blind index; changing it means re-indexing
 */
@ConfigurationProperties("kaichuang.crypto")
public record CryptoProperties(@Nullable Map<String, String> keys, @Nullable String activeKey, @Nullable String indexKey) {

    public CryptoProperties {
        // KAICHUANG_CRYPTO_KEYS_DIR binds into this map as entry "dir"; it names a folder, not a key.
        if (keys != null && keys.containsKey(KeyDirectory.PROPERTY_KEY)) {
            Map<String, String> withoutDir = new LinkedHashMap<>(keys);
            withoutDir.remove(KeyDirectory.PROPERTY_KEY);
            keys = withoutDir;
        }
    }
}
