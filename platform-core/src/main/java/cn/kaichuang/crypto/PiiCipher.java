package cn.kaichuang.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * AES-256-GCM for personal data at rest. Stored form: {@code <keyId>:<base64(iv|ciphertext|tag)>}.
 */
@Component
public class PiiCipher {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final Map<String, SecretKey> keys = new HashMap<>();
    private final @Nullable String activeKey;
    private final SecureRandom random = new SecureRandom();

    /** Without keys the cipher refuses to work, rather than the application refusing to start:
     * the provisioning CLI never touches personal data and carries no keys. */
    public PiiCipher(CryptoProperties properties) {
        if (properties.keys() != null) {
            properties.keys().forEach((id, key) -> keys.put(id, aesKey(id, key)));
        }
        if (properties.activeKey() != null && !keys.containsKey(properties.activeKey())) {
            throw new IllegalStateException("Active key '" + properties.activeKey() + "' is not among kaichuang.crypto.keys");
        }
        this.activeKey = properties.activeKey();
    }

    public String encrypt(String plaintext) {
        String activeKey = this.activeKey;
        if (activeKey == null) {
            throw new IllegalStateException("kaichuang.crypto.keys and kaichuang.crypto.active-key are not set");
        }
        return encryptWith(activeKey, plaintext);
    }

    /** Decrypts with whichever key sealed it and seals again under {@code keyId}: key rotation. */
    public String reencrypt(String stored, String keyId) {
        return encryptWith(keyId, decrypt(stored));
    }

    public boolean hasKey(String keyId) {
        return keys.containsKey(keyId);
    }

    /** The id of the key a stored value was sealed with. */
    public static String keyIdOf(String stored) {
        int colon = stored.indexOf(':');
        if (colon < 1) {
            throw new IllegalArgumentException("Not an encrypted value");
        }
        return stored.substring(0, colon);
    }

    private String encryptWith(String keyId, String plaintext) {
        SecretKey key = keys.get(keyId);
        if (key == null) {
            throw new IllegalStateException("Unknown key id '" + keyId + "'");
        }
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        byte[] sealed = run(Cipher.ENCRYPT_MODE, key, iv, plaintext.getBytes(StandardCharsets.UTF_8), keyId);
        ByteBuffer out = ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed);
        return keyId + ":" + Base64.getEncoder().encodeToString(out.array());
    }

    public String decrypt(String stored) {
        String keyId = keyIdOf(stored);
        SecretKey key = keys.get(keyId);
        if (key == null) {
            throw new IllegalStateException("Unknown key id '" + keyId + "'");
        }
        byte[] all = Base64.getDecoder().decode(stored.substring(keyId.length() + 1));
        byte[] iv = Arrays.copyOfRange(all, 0, IV_BYTES);
        byte[] sealed = Arrays.copyOfRange(all, IV_BYTES, all.length);
        return new String(run(Cipher.DECRYPT_MODE, key, iv, sealed, keyId), StandardCharsets.UTF_8);
    }

    private static byte[] run(int mode, SecretKey key, byte[] iv, byte[] input, String keyId) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
            // The key id is authenticated too, so a value cannot be relabelled to another key.
            cipher.updateAAD(keyId.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Encrypted value could not be processed (tampered or wrong key)", e);
        }
    }

    private static SecretKey aesKey(String id, String base64) {
        byte[] bytes = Base64.getDecoder().decode(base64);
        if (bytes.length != 32) {
            throw new IllegalStateException("Key '" + id + "' must be 256 bits (32 bytes, Base64)");
        }
        return new SecretKeySpec(bytes, "AES");
    }
}
