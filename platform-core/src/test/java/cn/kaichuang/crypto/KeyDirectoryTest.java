package cn.kaichuang.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyDirectoryTest {

    @TempDir
    Path dir;

    @Test
    void readsOneFilePerKeyAndSkipsWhatKubernetesAddsToASecretVolume() throws IOException {
        Files.writeString(dir.resolve("k1"), "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=\n");
        Files.writeString(dir.resolve("k2"), "HxwdHhscGRoXGBUWExQREg8QDQ4LDAkKBwgFBgMEAQI=");
        Files.writeString(dir.resolve("active-key"), "k2\n");
        Files.writeString(dir.resolve("index-key"), "c2VjcmV0LWJsaW5kLWluZGV4LWtleS1mb3ItdGVzdHM=");
        Files.createDirectory(dir.resolve("..2026_11_28_15_00_00.1"));
        Files.createSymbolicLink(dir.resolve("..data"), dir.resolve("..2026_11_28_15_00_00.1"));

        Map<String, Object> properties = KeyDirectory.read(dir);

        assertThat(properties).containsOnly(
                entry("kaichuang.crypto.keys.k1", "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8="),
                entry("kaichuang.crypto.keys.k2", "HxwdHhscGRoXGBUWExQREg8QDQ4LDAkKBwgFBgMEAQI="),
                entry("kaichuang.crypto.active-key", "k2"),
                entry("kaichuang.crypto.index-key", "c2VjcmV0LWJsaW5kLWluZGV4LWtleS1mb3ItdGVzdHM="));
    }

    @Test
    void refusesAFileThatIsNoKeyIdAndAMissingFolder() throws IOException {
        Files.writeString(dir.resolve("Key One.txt"), "x");
        assertThatThrownBy(() -> KeyDirectory.read(dir)).hasMessageContaining("'Key One.txt'")
                .hasMessageContaining("is not a key id");
        assertThatThrownBy(() -> KeyDirectory.read(dir.resolve("missing"))).hasMessageContaining("does not exist");
    }

    @Test
    void theFolderSettingIsNoKey() {
        CryptoProperties properties = new CryptoProperties(Map.of("dir", "/run/secrets/kaichuang-keys",
                "k1", "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8="), "k1", null);
        assertThat(properties.keys()).containsOnlyKeys("k1");
        assertThat(new PiiCipher(properties).hasKey("k1")).isTrue();
    }
}
