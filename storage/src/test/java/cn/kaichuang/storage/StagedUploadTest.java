package cn.kaichuang.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kaichuang.storage.UploadRefusedException.Reason;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StagedUploadTest {

    private static final UploadLimits LIMITS = new UploadLimits(Map.of(ContentKind.DOCUMENT, 1_000L,
            ContentKind.VIDEO, 4_000L));

    @TempDir
    Path dir;

    @Test
    void recognisesEachAcceptedTypeByItsContent() throws IOException {
        assertThat(sniff("%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII))).isEqualTo(SniffedType.PDF);
        assertThat(sniff(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0})).isEqualTo(SniffedType.PNG);
        assertThat(sniff(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0})).isEqualTo(SniffedType.JPEG);
        assertThat(sniff(new byte[] {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm'})).isEqualTo(SniffedType.MP4);
        assertThat(sniff(zip("[Content_Types].xml", "word/document.xml"))).isEqualTo(SniffedType.DOCX);
        assertThat(sniff(zip("[Content_Types].xml", "ppt/presentation.xml"))).isEqualTo(SniffedType.PPTX);
    }

    @Test
    void refusesWhatIsNotAnAcceptedType() throws IOException {
        assertThat(sniffed(new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0})).isEmpty();
        assertThat(sniffed(zip("hello.txt"))).isEmpty();
        assertThat(sniffed(new byte[] {'P', 'K', 3, 4, 1, 2, 3})).isEmpty();
        assertThat(sniffed("just text".getBytes(StandardCharsets.UTF_8))).isEmpty();
    }

    @Test
    void stagesAnAcceptedUploadWithItsDigestAndDeletesItOnClose() throws Exception {
        byte[] pdf = "%PDF-1.4 small".getBytes(StandardCharsets.US_ASCII);
        Path staged;
        try (StagedUpload upload = StagedUpload.receive(new ByteArrayInputStream(pdf), LIMITS)) {
            assertThat(upload.type()).isEqualTo(SniffedType.PDF);
            assertThat(upload.size()).isEqualTo(pdf.length);
            assertThat(upload.sha256Hex()).isEqualTo(HexFormat.of().formatHex(
                    java.security.MessageDigest.getInstance("SHA-256").digest(pdf)));
            staged = tempFiles().findFirst().orElseThrow();
        }
        assertThat(staged).doesNotExist();
    }

    @Test
    void refusesEmptyForeignAndOversizedUploadsLeavingNoTemporaryFile() {
        long before = tempFiles().count();
        byte[] exe = {'M', 'Z', (byte) 0x90, 0, 3, 0};
        assertThatThrownBy(() -> StagedUpload.receive(new ByteArrayInputStream(exe), LIMITS))
                .isInstanceOfSatisfying(UploadRefusedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED_TYPE));
        assertThatThrownBy(() -> StagedUpload.receive(new ByteArrayInputStream(new byte[0]), LIMITS))
                .isInstanceOfSatisfying(UploadRefusedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.EMPTY));
        // A document over its own limit though under the video limit.
        byte[] bigPdf = padded("%PDF-1.4", 2_000);
        assertThatThrownBy(() -> StagedUpload.receive(new ByteArrayInputStream(bigPdf), LIMITS))
                .isInstanceOfSatisfying(UploadRefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
                    assertThat(e.limitBytes()).isEqualTo(1_000L);
                });
        // Beyond every limit: reading stops early.
        byte[] huge = padded("%PDF-1.4", 50_000);
        assertThatThrownBy(() -> StagedUpload.receive(new ByteArrayInputStream(huge), LIMITS))
                .isInstanceOfSatisfying(UploadRefusedException.class, e -> assertThat(e.limitBytes()).isEqualTo(4_000L));
        // Images have no limit here, so they are not accepted at all.
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0};
        assertThatThrownBy(() -> StagedUpload.receive(new ByteArrayInputStream(png), LIMITS))
                .isInstanceOfSatisfying(UploadRefusedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED_TYPE));
        assertThat(tempFiles().count()).isEqualTo(before);
    }

    private SniffedType sniff(byte[] content) throws IOException {
        return sniffed(content).orElseThrow();
    }

    private java.util.Optional<SniffedType> sniffed(byte[] content) throws IOException {
        Path file = Files.createTempFile(dir, "sniff", ".bin");
        Files.write(file, content);
        return ContentSniffer.sniff(file);
    }

    private static byte[] zip(String... entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static byte[] padded(String head, int size) {
        byte[] content = Arrays.copyOf(head.getBytes(StandardCharsets.US_ASCII), size);
        Arrays.fill(content, head.length(), size, (byte) ' ');
        return content;
    }

    private static Stream<Path> tempFiles() {
        try {
            return Files.list(Path.of(System.getProperty("java.io.tmpdir")))
                    .filter(p -> p.getFileName().toString().startsWith("kaichuang-upload-"))
                    .toList().stream();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
