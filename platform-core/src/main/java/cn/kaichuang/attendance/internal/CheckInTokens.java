package cn.kaichuang.attendance.internal;

import cn.kaichuang.attendance.CheckInProperties;
import cn.kaichuang.attendance.CheckInRefusedException;
import cn.kaichuang.crypto.CryptoProperties;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * The QR code's token: tenant, session, window and a 30-second time step, HMAC-SHA-256 signed. A
 * photo of the code forwarded to someone at home is useless a minute later: only the current and the
 * previous step are accepted.
 */
@Component
public class CheckInTokens {

    public static final long STEP_SECONDS = 30;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    // Resolved on first use: tools that never sign a token (the CLI) start without the key.
    private final SingletonSupplier<SecretKeySpec> key;
    // A Mac is not thread-safe and costs a provider lookup to get: one per thread, keyed once.
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

    CheckInTokens(CheckInProperties properties, CryptoProperties crypto) {
        this.key = SingletonSupplier.of(() -> new SecretKeySpec(keyBytes(properties, crypto), "HmacSHA256"));
    }

    public record Claims(String tenant, long session, long window, long step) {
    }

    public String issue(String tenant, long session, long window, Instant now) {
        String payload = tenant + ":" + session + ":" + window + ":" + step(now);
        byte[] body = payload.getBytes(StandardCharsets.UTF_8);
        return ENCODER.encodeToString(body) + "." + ENCODER.encodeToString(mac(body));
    }

    /** The claims of a genuine, current token; otherwise refused as forged or expired. */
    public Claims verify(String token, Instant now) {
        Claims claims = parse(token);
        long current = step(now);
        if (claims.step() > current) {
            throw new CheckInRefusedException("checkin.error.forged");
        }
        if (claims.step() < current - 1) {
            throw new CheckInRefusedException("checkin.error.expired");
        }
        return claims;
    }

    private Claims parse(String token) {
        int dot = token.indexOf('.');
        if (dot < 1 || token.length() > 300) {
            throw new CheckInRefusedException("checkin.error.forged");
        }
        try {
            byte[] body = DECODER.decode(token.substring(0, dot));
            byte[] signature = DECODER.decode(token.substring(dot + 1));
            if (!MessageDigest.isEqual(mac(body), signature)) {
                throw new CheckInRefusedException("checkin.error.forged");
            }
            String[] parts = new String(body, StandardCharsets.UTF_8).split(":");
            return new Claims(parts[0], Long.parseLong(parts[1]), Long.parseLong(parts[2]), Long.parseLong(parts[3]));
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            throw new CheckInRefusedException("checkin.error.forged");
        }
    }

    static long step(Instant now) {
        return Math.floorDiv(now.getEpochSecond(), STEP_SECONDS);
    }

    private byte[] mac(byte[] body) {
        return macs.get().doFinal(body);
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key.obtain());
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    private static byte[] keyBytes(CheckInProperties properties, CryptoProperties crypto) {
        if (properties.tokenKey() != null) {
            return Base64.getDecoder().decode(properties.tokenKey());
        }
        if (crypto.indexKey() == null) {
            throw new IllegalStateException("Set kaichuang.check-in.token-key or kaichuang.crypto.index-key");
        }
        try {
            // A key of its own, derived one-way: a token never reveals anything about the index key.
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(crypto.indexKey()), "HmacSHA256"));
            return mac.doFinal("kaichuang check-in token key v1".getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
