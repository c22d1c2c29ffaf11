package cn.kaichuang.app.embedded;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.commons.logging.Log;

/**
 * Keys for personal data when none are configured: generated once (AES-256 and the HMAC key of
 * the blind index), written to a file only its owner can read, and loaded on later starts.
 * Losing the file means losing the encrypted data, so it is said loudly where it is.
 */
final class GeneratedKeys {

    static final String KEY_ID = "k1";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private GeneratedKeys() {
    }

    static Map<String, Object> loadOrCreate(Path file, boolean externalDatabase, Log log) {
        try {
            if (!Files.exists(file)) {
                create(file);
                log.warn("Generated encryption keys for personal data into " + file
                        + ": back this file up together with the database; without it the data cannot be read");
            }
            if (externalDatabase) {
                log.warn("Personal-data keys come from " + file + " although the database is external: "
                        + "set KAICHUANG_CRYPTO_* on every replica instead, or replicas will not read each other's data");
            }
            return load(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the key file " + file, e);
        }
    }

    private static void create(Path file) throws IOException {
        DataDirectory.create(file.getParent());
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } else {
            Files.createFile(file);
        }
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("# Kaichuang keys for personal data, generated on first start. Keep secret; back up with the database.\n");
            out.write("kaichuang.crypto.keys." + KEY_ID + "=" + randomKey() + "\n");
            out.write("kaichuang.crypto.active-key=" + KEY_ID + "\n");
            out.write("kaichuang.crypto.index-key=" + randomKey() + "\n");
        }
    }

    private static Map<String, Object> load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        Map<String, Object> keys = new LinkedHashMap<>();
        properties.stringPropertyNames().stream().filter(name -> name.startsWith("kaichuang.crypto."))
                .forEach(name -> keys.put(name, properties.getProperty(name)));
        if (!keys.containsKey("kaichuang.crypto.active-key") || !keys.containsKey("kaichuang.crypto.index-key")) {
            throw new IllegalStateException(file + " lacks kaichuang.crypto.active-key or kaichuang.crypto.index-key");
        }
        return keys;
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
