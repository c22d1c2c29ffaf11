package cn.kaichuang.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * HMAC-SHA-256 of a normalised value: equal values give equal indexes, so encrypted columns
 * can be searched for equality, while the index alone does not reveal the value.
 */
@Component
public class BlindIndex {

    private final @Nullable SecretKeySpec key;

    public BlindIndex(CryptoProperties properties) {
        String indexKey = properties.indexKey();
        this.key = indexKey == null ? null : new SecretKeySpec(Base64.getDecoder().decode(indexKey), "HmacSHA256");
    }

    public String of(String value) {
        if (key == null) {
            throw new IllegalStateException("kaichuang.crypto.index-key is not set");
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(value.strip().toUpperCase().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    public String of(IdCardNumber number) {
        return of(number.value());
    }
}
