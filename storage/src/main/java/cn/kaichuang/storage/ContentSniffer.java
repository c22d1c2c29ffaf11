package cn.kaichuang.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Recognises {@link SniffedType}s by their magic numbers, and Office Open XML documents by the
 * entries of their zip container ({@code [Content_Types].xml} plus {@code word/} or {@code ppt/}).
 * A deliberately small check instead of Apache Tika: the platform accepts six types, and a type
 * outside them is refused whatever Tika would have called it.
 */
public final class ContentSniffer {

    private static final int HEAD = 16;
    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] FTYP = "ftyp".getBytes(StandardCharsets.US_ASCII);

    private ContentSniffer() {
    }

    /** The type of the file's content, or empty when it is none the platform accepts. */
    public static Optional<SniffedType> sniff(Path file) {
        byte[] head = head(file);
        if (startsWith(head, 0, PDF)) {
            return Optional.of(SniffedType.PDF);
        }
        if (startsWith(head, 0, PNG)) {
            return Optional.of(SniffedType.PNG);
        }
        if (startsWith(head, 0, JPEG)) {
            return Optional.of(SniffedType.JPEG);
        }
        // ISO base media: a box size, then the 'ftyp' box type.
        if (startsWith(head, 4, FTYP)) {
            return Optional.of(SniffedType.MP4);
        }
        if (startsWith(head, 0, ZIP)) {
            return officeDocument(file);
        }
        return Optional.empty();
    }

    private static Optional<SniffedType> officeDocument(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.getEntry("[Content_Types].xml") == null) {
                return Optional.empty();
            }
            boolean word = false;
            boolean slides = false;
            for (var entries = zip.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                word |= entry.getName().equals("word/document.xml");
                slides |= entry.getName().equals("ppt/presentation.xml");
            }
            if (word == slides) {
                return Optional.empty();
            }
            return Optional.of(word ? SniffedType.DOCX : SniffedType.PPTX);
        } catch (IOException e) {
            // Starts like a zip but is not a readable one: not a document we accept.
            return Optional.empty();
        }
    }

    private static byte[] head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(HEAD);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the staged upload", e);
        }
    }

    private static boolean startsWith(byte[] data, int offset, byte[] prefix) {
        return data.length >= offset + prefix.length
                && Arrays.equals(data, offset, offset + prefix.length, prefix, 0, prefix.length);
    }
}
