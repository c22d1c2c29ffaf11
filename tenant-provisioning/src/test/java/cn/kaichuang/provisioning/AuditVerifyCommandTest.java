package cn.kaichuang.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaichuang.audit.AuditEntry;
import cn.kaichuang.audit.internal.ChainHash;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AuditVerifyCommandTest {

    private final TestPlatform platform = new TestPlatform();

    @BeforeEach
    void twoInstitutionsWithAChainEach() {
        for (String code : new String[] {"yy-01", "yy-02"}) {
            CliRun created = platform.run("create", "--code", code, "--name", "岳阳 " + code, "--region", "430600");
            assertThat(created.exitCode()).as(created.toString()).isZero();
        }
        appendValidEntries("t_yy_01", "yy-01", 3);
        appendValidEntries("t_yy_02", "yy-02", 2);
    }

    @Test
    void intactChainsAreReportedWithTheirEntryCounts() {
        CliRun verified = platform.run("audit", "verify");

        assertThat(verified.exitCode()).as(verified.toString()).isZero();
        // The platform chain holds the two tenant.created entries.
        assertThat(verified.outLines()).containsExactly("platform: OK, 2 entries", "yy-01: OK, 3 entries",
                "yy-02: OK, 2 entries", "3 chains verified, 0 broken");
    }

    @Test
    void aRowEditedWithSqlIsCaughtWithEntryTimeAndProblem() {
        platform.execute("update t_yy_01.audit_entry set actor = 'mallory' where seq = 2");

        CliRun verified = platform.run("audit", "verify");

        assertThat(verified.exitCode()).as(verified.toString()).isEqualTo(1);
        assertThat(verified.outLines()).contains("platform: OK, 2 entries", "yy-02: OK, 2 entries",
                "3 chains verified, 1 broken");
        assertThat(verified.outLines()).anySatisfy(line -> assertThat(line).matches(
                "yy-01: BROKEN at entry 2 \\(written 2026-01-01T00:01:00Z\\): content does not match its hash"));
    }

    @Test
    void oneInstitutionOnlyAndAnEditedPlatformRow() {
        platform.execute("update platform.audit_entry set subject_id = 'other' where seq = 1");

        CliRun one = platform.run("audit", "verify", "--tenant", "yy-02");
        assertThat(one.exitCode()).as(one.toString()).isZero();
        assertThat(one.outLines()).containsExactly("yy-02: OK, 2 entries", "1 chain verified, 0 broken");

        CliRun all = platform.run("audit", "verify");
        assertThat(all.exitCode()).isEqualTo(1);
        assertThat(all.outLines()).first().asString()
                .startsWith("platform: BROKEN at entry 1 (written ").endsWith("): content does not match its hash");
    }

    @Test
    void anUnknownInstitutionFailsWithOneLine() {
        CliRun unknown = platform.run("audit", "verify", "--tenant", "nowhere");
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.errLines()).containsExactly("Unknown institution 'nowhere'");
    }

    /** Links as the core writes them, made here because the CLI has no service that changes tenant data. */
    private void appendValidEntries(String schema, String code, int count) {
        String prev = ChainHash.GENESIS;
        for (int seq = 1; seq <= count; seq++) {
            Instant at = Instant.parse("2026-01-01T00:00:00Z").plus(seq - 1, ChronoUnit.MINUTES);
            AuditEntry e = new AuditEntry(seq, at, "admin1", code, "lecturer.created", "lecturer", "" + seq, null,
                    "a".repeat(64), prev, "");
            String hash = ChainHash.of(e);
            platform.execute("insert into " + schema + ".audit_entry (seq, occurred_at, actor, tenant_code, action,"
                    + " subject_type, subject_id, after_digest, prev_hash, hash) values (" + seq + ", '" + at + "',"
                    + " 'admin1', '" + code + "', 'lecturer.created', 'lecturer', '" + seq + "', '" + "a".repeat(64)
                    + "', '" + prev + "', '" + hash + "')");
            prev = hash;
        }
    }
}
