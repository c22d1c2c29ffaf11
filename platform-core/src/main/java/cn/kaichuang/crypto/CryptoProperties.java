package cn.kaichuang.crypto;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Keys for personal data. Every ciphertext names the key it was made with, so a new
 * {@code activeKey} can be introduced while old values stay readable.
 *
 * @param keys key id to Base64-encoded 256-bit AES key
 * @param activeKey id of the key new values are encrypted with
 * @param indexKey Base64-encoded HMAC key of the blind index; changing it means re-indexing
 */
@ConfigurationProperties("kaichuang.crypto")
public record CryptoProperties(@Nullable Map<String, String> keys, @Nullable String activeKey, @Nullable String indexKey) {
}
