package cn.kaichuang.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kaichuang.storage.testsupport.TestS3Server;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MinioObjectStoreTest {

    private final ObjectStore store = TestS3Server.objectStore();
    private String bucket = "";

    @BeforeEach
    void createBucket() {
        bucket = TestS3Server.uniqueBucket("store");
        store.createBucket(bucket);
    }

    @AfterEach
    void removeBucket() {
        store.removeBucket(bucket);
    }

    @Test
    void putThenGetReturnsTheSameBytesAndRecordsTheirSha256() throws Exception {
        byte[] content = randomBytes(300_000);

        StoredObject stored = store.put(bucket, "plans/business-plan.pdf", new ByteArrayInputStream(content),
                content.length, "application/pdf");

        assertThat(stored).isEqualTo(new StoredObject(bucket, "plans/business-plan.pdf", content.length,
                "application/pdf", sha256Hex(content)));
        try (InputStream in = store.get(bucket, "plans/business-plan.pdf")) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
        assertThat(store.stat(bucket, "plans/business-plan.pdf")).contains(stored);
    }

    @Test
    void putOfUnknownSizeStoresEverythingInTheStream() throws Exception {
        byte[] content = "hello, 开创".getBytes(StandardCharsets.UTF_8);

        StoredObject stored = store.put(bucket, "notes/hello.txt", new ByteArrayInputStream(content), -1, null);

        assertThat(stored.size()).isEqualTo(content.length);
        assertThat(stored.sha256Hex()).isEqualTo(sha256Hex(content));
        assertThat(stored.contentType()).isEqualTo("application/octet-stream");
        try (InputStream in = store.get(bucket, "notes/hello.txt")) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
    }

    @Test
    void putOfALargeObjectOfUnknownSizeGoesUpInParts() throws Exception {
        // Over the 16 MiB part size, so this takes the multipart path (and its XML completion request).
        byte[] content = randomBytes(17 * 1024 * 1024 + 123);

        StoredObject stored = store.put(bucket, "videos/pitch.mp4", new ByteArrayInputStream(content), -1,
                "video/mp4");

        assertThat(stored.size()).isEqualTo(content.length);
        assertThat(stored.sha256Hex()).isEqualTo(sha256Hex(content));
        assertThat(store.stat(bucket, "videos/pitch.mp4")).contains(stored);
        try (InputStream in = store.get(bucket, "videos/pitch.mp4")) {
            assertThat(sha256Hex(in.readAllBytes())).isEqualTo(stored.sha256Hex());
        }
    }

    @Test
    void putReplacesAnExistingObject() throws Exception {
        store.put(bucket, "a.txt", bytes("first"), "text/plain");
        StoredObject second = store.put(bucket, "a.txt", bytes("second"), "text/plain");

        assertThat(store.stat(bucket, "a.txt")).contains(second);
        try (InputStream in = store.get(bucket, "a.txt")) {
            assertThat(in.readAllBytes()).isEqualTo(bytes("second"));
        }
    }

    @Test
    void listReturnsTheKeysUnderAPrefixInOrder() {
        store.put(bucket, "courses/2/slides.pdf", bytes("s2"), "application/pdf");
        store.put(bucket, "courses/1/video.mp4", bytes("v1"), "video/mp4");
        store.put(bucket, "courses/1/slides.pdf", bytes("s1"), "application/pdf");
        store.put(bucket, "avatars/7.png", bytes("a7"), "image/png");

        assertThat(store.list(bucket, "courses/1/")).containsExactly("courses/1/slides.pdf", "courses/1/video.mp4");
        assertThat(store.list(bucket, "courses/")).containsExactly(
                "courses/1/slides.pdf", "courses/1/video.mp4", "courses/2/slides.pdf");
        assertThat(store.list(bucket, "")).hasSize(4);
        assertThat(store.list(bucket, "nothing/")).isEmpty();
    }

    @Test
    void deleteRemovesTheObjectAndIgnoresAbsentOnes() {
        store.put(bucket, "a.txt", bytes("a"), "text/plain");

        store.delete(bucket, "a.txt");

        assertThat(store.stat(bucket, "a.txt")).isEmpty();
        assertThat(store.list(bucket, "")).isEmpty();
        assertThatNoException().isThrownBy(() -> store.delete(bucket, "a.txt"));
    }

    @Test
    void statOfAMissingObjectIsEmpty() {
        assertThat(store.stat(bucket, "missing.txt")).isEmpty();
    }

    @Test
    void getOfAMissingObjectSaysWhichObjectIsMissing() {
        assertThatThrownBy(() -> store.get(bucket, "reports/missing.pdf"))
                .isInstanceOf(ObjectStoreException.class)
                .isInstanceOf(ObjectNotFoundException.class)
                .hasMessage("No object 'reports/missing.pdf' in bucket '" + bucket + "'");
    }

    @Test
    void operationsOnAMissingBucketFailWithTheBucketAndEndpointInTheMessage() {
        String missing = TestS3Server.uniqueBucket("missing");

        assertThatThrownBy(() -> store.list(missing, ""))
                .isInstanceOf(ObjectStoreException.class)
                .hasMessageContaining("bucket '" + missing + "'")
                .hasMessageContaining(TestS3Server.endpoint().toString())
                .hasMessageContaining("NoSuchBucket");
    }

    @Test
    void createBucketIsIdempotent() {
        store.put(bucket, "kept.txt", bytes("kept"), "text/plain");

        store.createBucket(bucket);
        store.createBucket(bucket);

        assertThat(store.bucketExists(bucket)).isTrue();
        assertThat(store.list(bucket, "")).containsExactly("kept.txt");
    }

    @Test
    void removeBucketDeletesItsObjectsAndIgnoresAbsentBuckets() {
        for (int i = 0; i < 25; i++) {
            store.put(bucket, "many/" + i + ".txt", bytes("object " + i), "text/plain");
        }

        store.removeBucket(bucket);

        assertThat(store.bucketExists(bucket)).isFalse();
        assertThatNoException().isThrownBy(() -> store.removeBucket(bucket));
    }

    @Test
    void presignedUrlServesTheObjectUntilItExpires() throws Exception {
        byte[] content = randomBytes(10_000);
        store.put(bucket, "downloads/report.pdf", content, "application/pdf");
        long signedAt = System.nanoTime();

        URI url = store.presignedGetUrl(bucket, "downloads/report.pdf", Duration.ofSeconds(2));

        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<byte[]> fresh = http.send(HttpRequest.newBuilder(url).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(fresh.statusCode()).isEqualTo(200);
            assertThat(fresh.body()).isEqualTo(content);

            // The signature's timestamp has whole seconds, so wait past expiry plus one second.
            Thread.sleep(Math.max(0, Duration.ofMillis(3_500).minusNanos(System.nanoTime() - signedAt).toMillis()));
            HttpResponse<String> expired = http.send(HttpRequest.newBuilder(url).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(expired.statusCode()).isEqualTo(403);
        }
    }

    @Test
    void presignedUrlRejectsExpiriesS3DoesNotAccept() {
        assertThatThrownBy(() -> store.presignedGetUrl(bucket, "a", Duration.ofMillis(500)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.presignedGetUrl(bucket, "a", Duration.ofDays(8)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void invalidBucketNamesAreRejectedBeforeAnyRequest() {
        assertThatThrownBy(() -> store.createBucket("Not_Valid"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Invalid bucket name 'Not_Valid'");
        assertThatThrownBy(() -> store.put(bucket, "", bytes("x"), "text/plain"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void wrongCredentialsFailWithAClearMessage() {
        try (MinioObjectStore wrong = new MinioObjectStore(TestS3Server.endpoint(), TestS3Server.ACCESS_KEY,
                "not-the-secret", TestS3Server.REGION)) {
            assertThatThrownBy(() -> wrong.list(bucket, ""))
                    .isInstanceOf(ObjectStoreException.class)
                    .hasMessageContaining("Could not list objects")
                    .hasMessageContaining("SignatureDoesNotMatch");
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] randomBytes(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }

    private static String sha256Hex(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}
