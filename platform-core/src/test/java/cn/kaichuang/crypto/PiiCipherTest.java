package cn.kaichuang.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kaichuang.testsupport.TestDatabaseInitializer;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PiiCipherTest {

    private final CryptoProperties keys = properties("k1");

    @Test
    void roundTripsAndNeverRepeatsACiphertext() {
        PiiCipher cipher = new PiiCipher(keys);
        String a = cipher.encrypt("430102199003071234");
        String b = cipher.encrypt("430102199003071234");
        assertThat(a).startsWith("k1:").doesNotContain("430102").isNotEqualTo(b);
        assertThat(cipher.decrypt(a)).isEqualTo("430102199003071234");
    }

    @Test
    void oldValuesStayReadableAfterTheActiveKeyRotates() {
        String underK1 = new PiiCipher(keys).encrypt("13800138000");
        PiiCipher rotated = new PiiCipher(properties("k2"));
        assertThat(rotated.encrypt("x")).startsWith("k2:");
        assertThat(rotated.decrypt(underK1)).isEqualTo("13800138000");
    }

    @Test
    void detectsTamperingAndRelabelling() {
        PiiCipher cipher = new PiiCipher(keys);
        String sealed = cipher.encrypt("13800138000");
        char[] chars = sealed.toCharArray();
        chars[chars.length - 3] = chars[chars.length - 3] == 'A' ? 'B' : 'A';
        assertThatThrownBy(() -> cipher.decrypt(new String(chars))).hasMessageContaining("tampered");
        assertThatThrownBy(() -> cipher.decrypt("k2" + sealed.substring(2))).hasMessageContaining("tampered");
    }

    @Test
    void blindIndexIsStableAndKeyed() {
        BlindIndex index = new BlindIndex(keys);
        assertThat(index.of(" 11010519491231002x ")).isEqualTo(index.of("11010519491231002X")).hasSize(64);
        BlindIndex otherKey = new BlindIndex(new CryptoProperties(Map.of(), null,
                "b3RoZXIta2V5LW90aGVyLWtleS1vdGhlci1rZXktMTI="));
        assertThat(otherKey.of("11010519491231002X")).isNotEqualTo(index.of("11010519491231002X"));
    }

    @Test
    void refusesToEncryptWithoutKeys() {
        assertThatThrownBy(() -> new PiiCipher(new CryptoProperties(null, null, null)).encrypt("x"))
                .isInstanceOf(IllegalStateException.class);
    }

    private static CryptoProperties properties(String active) {
        Map<String, Object> m = TestDatabaseInitializer.TEST_KEYS;
        return new CryptoProperties(Map.of("k1", (String) m.get("kaichuang.crypto.keys.k1"),
                "k2", (String) m.get("kaichuang.crypto.keys.k2")), active, (String) m.get("kaichuang.crypto.index-key"));
    }
}
