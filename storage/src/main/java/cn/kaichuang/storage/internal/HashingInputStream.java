package cn.kaichuang.storage.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Digests and counts exactly the bytes the uploader pulled through it, so the recorded SHA-256 and
 * size describe what reached the store rather than what the caller's stream might still hold.
 * Does not close the wrapped stream: it belongs to the caller.
 */
public final class HashingInputStream extends FilterInputStream {

    private final MessageDigest digest;
    private long count;

    public HashingInputStream(InputStream in) {
        super(in);
        try {
            this.digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform must provide SHA-256", e);
        }
    }

    @Override
    public int read() throws IOException {
        int b = in.read();
        if (b >= 0) {
            digest.update((byte) b);
            count++;
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = in.read(buffer, offset, length);
        if (n > 0) {
            digest.update(buffer, offset, n);
            count += n;
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        // Skipped bytes would be missing from the digest; read them instead.
        byte[] buffer = new byte[8192];
        long skipped = 0;
        while (skipped < n) {
            int r = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
            if (r < 0) {
                break;
            }
            skipped += r;
        }
        return skipped;
    }

    @Override
    public boolean markSupported() {
        // A reset would feed the same bytes into the digest twice.
        return false;
    }

    @Override
    public void mark(int readLimit) {
    }

    @Override
    public void reset() throws IOException {
        throw new IOException("mark/reset not supported while hashing");
    }

    @Override
    public void close() {
    }

    public long count() {
        return count;
    }

    /** Lower-case hex SHA-256 of the bytes read so far; call once, after the upload. */
    public String sha256Hex() {
        return HexFormat.of().formatHex(digest.digest());
    }
}
