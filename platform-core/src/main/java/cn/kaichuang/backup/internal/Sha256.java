package cn.kaichuang.backup.internal;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of what passes through a stream, as lower-case hex. */
final class Sha256 {

    private Sha256() {
    }

    static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }

    static String hex(MessageDigest digest) {
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Reads the stream to its end; the caller closes it. */
    static String of(InputStream in) throws IOException {
        MessageDigest digest = digest();
        try (DigestInputStream digesting = new DigestInputStream(in, digest)) {
            digesting.transferTo(OutputStream.nullOutputStream());
        }
        return hex(digest);
    }

    /** Writes through to {@code out}, digesting, and leaves {@code out} open when closed. */
    static final class Out extends FilterOutputStream {

        private final MessageDigest digest = digest();
        private long count;

        Out(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            digest.update((byte) b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            digest.update(b, off, len);
            count += len;
        }

        @Override
        public void close() throws IOException {
            flush();
        }

        String hex() {
            return Sha256.hex(digest);
        }

        long count() {
            return count;
        }
    }
}
