package cn.kaichuang.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Keys from a mounted secret (a Kubernetes Secret volume, a Vault agent folder): one file per
 * key, named by its key id and holding the Base64 key; optional files {@code active-key} (a key
 * id) and {@code index-key} (the Base64 HMAC key of the blind index). Hidden entries are skipped,
 * which also skips the {@code ..data} links Kubernetes puts into such a folder.
 */
public final class KeyDirectory {

    /** Property {@code kaichuang.crypto.keys.dir}, i.e. environment variable {@code KAICHUANG_CRYPTO_KEYS_DIR}. */
    public static final String PROPERTY = "kaichuang.crypto.keys.dir";
    static final String PROPERTY_KEY = "dir";
    private static final String ACTIVE = "active-key";
    private static final String INDEX = "index-key";

    private KeyDirectory() {
    }

    /** The folder's keys as Spring properties ({@code kaichuang.crypto.keys.<id>} and so on). */
    public static Map<String, Object> read(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("Key directory " + dir + " does not exist or is not a directory");
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.startsWith(".") || !Files.isRegularFile(file)) {
                    continue;
                }
                String value = Files.readString(file, StandardCharsets.UTF_8).strip();
                switch (name) {
                    case ACTIVE -> properties.put("kaichuang.crypto.active-key", value);
                    case INDEX -> properties.put("kaichuang.crypto.index-key", value);
                    default -> properties.put("kaichuang.crypto.keys." + validId(name, dir), value);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read key directory " + dir, e);
        }
        return properties;
    }

    private static String validId(String name, Path dir) {
        if (!name.matches("[a-z0-9][a-z0-9_-]{0,31}") || name.equals(PROPERTY_KEY)) {
            throw new IllegalStateException("File '" + name + "' in key directory " + dir
                    + " is not a key id (lower-case letters, digits, '-' and '_', up to 32; not 'dir')");
        }
        return name;
    }
}
