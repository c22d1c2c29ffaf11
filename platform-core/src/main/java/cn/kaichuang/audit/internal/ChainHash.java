package cn.kaichuang.audit.internal;

import cn.kaichuang.audit.AuditEntry;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;

/** SHA-256 over an entry's fields and the previous hash; the first entry follows {@link #GENESIS}. */
public final class ChainHash {

    public static final String GENESIS = "0".repeat(64);

    private ChainHash() {
    }

    public static String of(AuditEntry e) {
        String canonical = String.join("\u001f", Long.toString(e.seq()), e.occurredAt().toString(), e.actor(),
                nullSafe(e.tenant()), e.action(), e.subjectType(), e.subjectId(), nullSafe(e.beforeDigest()),
                nullSafe(e.afterDigest()), e.prevHash());
        return sha256(canonical);
    }

    public static @Nullable String digest(@Nullable Object state) {
        return state == null ? null : sha256(state.toString());
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    private static String nullSafe(@Nullable String value) {
        return value == null ? "" : value;
    }
}
