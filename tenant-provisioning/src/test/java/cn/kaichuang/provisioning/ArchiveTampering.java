package cn.kaichuang.provisioning;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Damaged copies of an archive, as a bad disk or a careless hand would leave them. */
final class ArchiveTampering {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ArchiveTampering() {
    }

    /** One part's bytes changed, the manifest left as it was: the SHA-256 no longer matches. */
    static Path replaceEntry(Path archive, Path target, String entry) throws IOException {
        return copy(archive, target, name -> name.equals(entry) ? bytes -> {
            byte[] changed = bytes.clone();
            changed[changed.length / 2] ^= 1;
            return changed;
        } : UnaryOperator.identity());
    }

    /** One table's content replaced and the manifest updated to match, so only the restore can notice. */
    static Path rewriteEntry(Path archive, Path target, String entry, String content) throws IOException {
        byte[] replacement = content.getBytes(StandardCharsets.UTF_8);
        return copy(archive, target, name -> {
            if (name.equals(entry)) {
                return bytes -> replacement;
            }
            if (name.equals("manifest.json")) {
                return bytes -> {
                    JsonNode manifest = JSON.readTree(bytes);
                    for (JsonNode table : manifest.get("tables")) {
                        if (entry.equals("tables/" + table.get("name").asString() + ".copy")) {
                            ((ObjectNode) table).put("sha256", sha256(replacement))
                                    .put("rows", content.lines().count());
                        }
                    }
                    return JSON.writeValueAsBytes(manifest);
                };
            }
            return UnaryOperator.identity();
        });
    }

    private static Path copy(Path archive, Path target, java.util.function.Function<String, UnaryOperator<byte[]>> edit)
            throws IOException {
        try (ZipFile zip = new ZipFile(archive.toFile());
                OutputStream file = Files.newOutputStream(target);
                ZipOutputStream out = new ZipOutputStream(file)) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                byte[] bytes;
                try (InputStream in = zip.getInputStream(entry)) {
                    bytes = in.readAllBytes();
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(edit.apply(entry.getName()).apply(bytes));
                out.closeEntry();
            }
        }
        return target;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
