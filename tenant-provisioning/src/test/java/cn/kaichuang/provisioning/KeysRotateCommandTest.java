package cn.kaichuang.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaichuang.crypto.BlindIndex;
import cn.kaichuang.crypto.CryptoProperties;
import cn.kaichuang.crypto.PiiCipher;
import cn.kaichuang.testsupport.TestDatabaseInitializer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeysRotateCommandTest {

    private static final Map<String, Object> KEYS = TestDatabaseInitializer.TEST_KEYS;
    private static final List<String> PHONES = List.of("13800138001", "13800138002", "13800138003");

    private final TestPlatform platform = new TestPlatform();
    private final CryptoProperties underK1 = new CryptoProperties(Map.of(
            "k1", (String) KEYS.get("kaichuang.crypto.keys.k1"), "k2", (String) KEYS.get("kaichuang.crypto.keys.k2")),
            "k1", (String) KEYS.get("kaichuang.crypto.index-key"));
    private final PiiCipher cipher = new PiiCipher(underK1);

    @TempDir
    Path keysDir;

    @BeforeEach
    void twoInstitutionsWithPersonalDataUnderK1() throws IOException {
        for (String code : new String[] {"cd-01", "cd-02"}) {
            CliRun created = platform.run("create", "--code", code, "--name", "常德 " + code, "--region", "430700");
            assertThat(created.exitCode()).as(created.toString()).isZero();
        }
        BlindIndex index = new BlindIndex(underK1);
        for (int i = 0; i < PHONES.size(); i++) {
            String phone = PHONES.get(i);
            platform.execute("insert into t_cd_01.trainee (name, id_card, id_card_index, phone, phone_index) values"
                    + " ('学员" + i + "', '" + cipher.encrypt("43070219900101000" + i) + "', '" + index.of("id" + i)
                    + "', '" + cipher.encrypt(phone) + "', '" + index.of(phone) + "')");
        }
        platform.execute("insert into t_cd_02.lecturer (name, phone, qualification_no) values ('王老师', '"
                + cipher.encrypt("13900139000") + "', 'Q-1')");
        Files.writeString(keysDir.resolve("k1"), (String) KEYS.get("kaichuang.crypto.keys.k1"));
        Files.writeString(keysDir.resolve("k2"), (String) KEYS.get("kaichuang.crypto.keys.k2"));
    }

    @Test
    void reencryptsEveryInstitutionUnderTheNewKeyAndOldAndNewValuesDecrypt() {
        List<String> indexesBefore = column("select phone_index from t_cd_01.trainee order by id");

        CliRun rotated = platform.run("keys", "rotate", "--to", "k2", "--batch", "2", "--keys-dir", keysDir.toString());

        assertThat(rotated.exitCode()).as(rotated.toString()).isZero();
        assertThat(rotated.outLines()).containsExactly(
                "cd-01: 6 values re-encrypted (lecturer.phone 0, trainee.id_card 3, trainee.phone 3), 0 already under k2",
                "cd-02: 1 values re-encrypted (lecturer.phone 1, trainee.id_card 0, trainee.phone 0), 0 already under k2",
                "Rotated 2 of 2 institutions to key k2");
        assertThat(rotated.errLines()).containsExactly("[##########..........] 1/2 t_cd_01",
                "[####################] 2/2 t_cd_02");
        List<String> phones = column("select phone from t_cd_01.trainee order by id");
        assertThat(phones).allSatisfy(v -> assertThat(v).startsWith("k2:"));
        assertThat(phones.stream().map(cipher::decrypt).toList()).isEqualTo(PHONES);
        assertThat(column("select id_card from t_cd_01.trainee union all select phone from t_cd_02.lecturer"))
                .hasSize(4).allSatisfy(v -> assertThat(v).startsWith("k2:"));
        assertThat(cipher.decrypt(column("select phone from t_cd_02.lecturer").getFirst())).isEqualTo("13900139000");
        assertThat(column("select phone_index from t_cd_01.trainee order by id")).isEqualTo(indexesBefore);
        // A value sealed under the old key still decrypts with the same configuration.
        assertThat(cipher.decrypt(cipher.encrypt("13800138009"))).isEqualTo("13800138009");

        CliRun again = platform.run("keys", "rotate", "--to", "k2", "--tenant", "cd-01", "--keys-dir",
                keysDir.toString());
        assertThat(again.exitCode()).as(again.toString()).isZero();
        assertThat(again.outLines()).containsExactly(
                "cd-01: 0 values re-encrypted (lecturer.phone 0, trainee.id_card 0, trainee.phone 0), 6 already under k2",
                "Rotated 1 of 1 institution to key k2");
    }

    @Test
    void withoutTheOldKeyNothingIsLostAndTheFailureIsReported() throws IOException {
        Files.delete(keysDir.resolve("k1"));
        List<String> before = column("select phone from t_cd_01.trainee order by id");

        CliRun rotated = platform.run("keys", "rotate", "--to", "k2", "--keys-dir", keysDir.toString());

        assertThat(rotated.exitCode()).isEqualTo(1);
        assertThat(rotated.errLines()).contains("cd-01: rotation failed: Unknown key id 'k1'",
                "cd-02: rotation failed: Unknown key id 'k1'");
        assertThat(rotated.outLines()).last().isEqualTo("Rotated 0 of 2 institutions to key k2");
        assertThat(column("select phone from t_cd_01.trainee order by id")).isEqualTo(before);
    }

    @Test
    void anUnconfiguredTargetKeyIsRefusedBeforeAnythingChanges() {
        CliRun rotated = platform.run("keys", "rotate", "--to", "k3", "--keys-dir", keysDir.toString());

        assertThat(rotated.exitCode()).isEqualTo(1);
        assertThat(rotated.errLines()).containsExactly(
                "Key 'k3' is not configured: set KAICHUANG_CRYPTO_KEYS_K3 or put a file 'k3' into KAICHUANG_CRYPTO_KEYS_DIR");
        assertThat(column("select phone from t_cd_01.trainee")).allSatisfy(v -> assertThat(v).startsWith("k1:"));

        CliRun badId = platform.run("keys", "rotate", "--to", "K 3");
        assertThat(badId.exitCode()).isEqualTo(2);
    }

    private List<String> column(String sql) {
        List<String> values = new ArrayList<>();
        try (Connection c = platform.database().connect(); PreparedStatement s = c.prepareStatement(sql);
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
        return values;
    }
}
