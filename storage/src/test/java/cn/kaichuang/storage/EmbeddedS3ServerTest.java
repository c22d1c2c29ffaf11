package cn.kaichuang.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedS3ServerTest {

    @TempDir
    Path directory;

    @Test
    void keepsObjectsAcrossRestartsOnTheSameDirectory() throws Exception {
        byte[] content = "survives a restart".getBytes(StandardCharsets.UTF_8);
        StoredObject stored;
        try (EmbeddedS3Server server = EmbeddedS3Server.start(directory, 0, "key", "secret-key");
                MinioObjectStore store = server.newObjectStore("us-east-1")) {
            store.createBucket("kc-restart");
            stored = store.put("kc-restart", "a/b.txt", content, "text/plain");
        }

        try (EmbeddedS3Server server = EmbeddedS3Server.start(directory, 0, "key", "secret-key");
                MinioObjectStore store = server.newObjectStore("us-east-1")) {
            assertThat(store.stat("kc-restart", "a/b.txt")).contains(stored);
            try (InputStream in = store.get("kc-restart", "a/b.txt")) {
                assertThat(in.readAllBytes()).isEqualTo(content);
            }
        }
    }

    @Test
    void listsOnLoopbackAtTheReportedEndpointUntilClosed() throws Exception {
        EmbeddedS3Server server = EmbeddedS3Server.start(directory.resolve("nested"), 0, "key", "secret-key");
        try {
            assertThat(server.endpoint().toString()).isEqualTo("http://127.0.0.1:" + server.port());
            assertThat(server.port()).isPositive();
            assertThat(server.directory()).isEqualTo(directory.resolve("nested").toAbsolutePath());
            try (Socket socket = new Socket("127.0.0.1", server.port())) {
                assertThat(socket.isConnected()).isTrue();
            }
        } finally {
            server.close();
        }
        assertThatThrownBy(() -> new Socket("127.0.0.1", server.port()).close()).isInstanceOf(IOException.class);
    }

    @Test
    void aTakenPortFailsWithAClearMessage() {
        try (EmbeddedS3Server first = EmbeddedS3Server.start(directory, 0, "key", "secret-key")) {
            assertThatThrownBy(() -> EmbeddedS3Server.start(directory, first.port(), "key", "secret-key"))
                    .isInstanceOf(ObjectStoreException.class)
                    .hasMessageStartingWith("Could not start the embedded S3 server on 127.0.0.1:" + first.port());
        }
    }
}
