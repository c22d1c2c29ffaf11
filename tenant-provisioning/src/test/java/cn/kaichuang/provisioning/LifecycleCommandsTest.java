package cn.kaichuang.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LifecycleCommandsTest {

    private final TestPlatform platform = new TestPlatform();
    private final String role = platform.roleOf("t_xt_01");

    @BeforeEach
    void createInstitution() {
        CliRun created = platform.run("create", "--code", "xt-01", "--name", "湘潭创业学院", "--region", "430300");
        assertThat(created.exitCode()).as(created.toString()).isZero();
    }

    @Test
    void suspendAndResumeChangeTheStatus() {
        CliRun suspended = platform.run("suspend", "--code", "xt-01");
        assertThat(suspended.exitCode()).as(suspended.toString()).isZero();
        assertThat(suspended.outLines()).containsExactly("Suspended institution 'xt-01'");
        assertThat(platform.status("xt-01")).isEqualTo("SUSPENDED");
        assertThat(platform.run("list").out()).contains("SUSPENDED");

        CliRun resumed = platform.run("resume", "--code", "xt-01");
        assertThat(resumed.exitCode()).as(resumed.toString()).isZero();
        assertThat(resumed.outLines()).containsExactly("Resumed institution 'xt-01'");
        assertThat(platform.status("xt-01")).isEqualTo("ACTIVE");
    }

    @Test
    void suspendingTwiceAndResumingAnActiveInstitutionFailWithOneLine() {
        platform.run("suspend", "--code", "xt-01");

        CliRun again = platform.run("suspend", "--code", "xt-01");
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.errLines()).containsExactly("Institution 'xt-01' is SUSPENDED, not ACTIVE");

        platform.run("resume", "--code", "xt-01");
        CliRun resumeActive = platform.run("resume", "--code", "xt-01");
        assertThat(resumeActive.exitCode()).isEqualTo(1);
        assertThat(resumeActive.errLines()).containsExactly("Institution 'xt-01' is ACTIVE, not SUSPENDED");
    }

    @Test
    void anUnknownInstitutionFailsWithOneLine() {
        for (String command : new String[] {"suspend", "resume"}) {
            CliRun unknown = platform.run(command, "--code", "nowhere");
            assertThat(unknown.exitCode()).as(command).isEqualTo(1);
            assertThat(unknown.errLines()).as(command).containsExactly("Unknown institution 'nowhere'");
        }
        CliRun drop = platform.run("drop", "--code", "nowhere", "--confirm", "nowhere");
        assertThat(drop.exitCode()).isEqualTo(1);
        assertThat(drop.errLines()).containsExactly("Unknown institution 'nowhere'");
    }

    @Test
    void dropWithoutAMatchingConfirmationIsAUsageErrorAndDropsNothing() {
        CliRun mismatch = platform.run("drop", "--code", "xt-01", "--confirm", "xt-02");
        assertThat(mismatch.exitCode()).isEqualTo(2);
        assertThat(mismatch.errLines()).containsExactly(
                "--confirm must repeat the institution code 'xt-01' (got 'xt-02'); nothing was dropped");

        CliRun missing = platform.run("drop", "--code", "xt-01");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.errLines()).first().isEqualTo("Missing required option: '--confirm=<code>'");

        assertThat(platform.registered("xt-01")).isTrue();
        assertThat(platform.schemaExists("t_xt_01")).isTrue();
        assertThat(platform.roleExists(role)).isTrue();
    }

    @Test
    void dropRemovesSchemaRoleAndRegistryEntry() {
        CliRun dropped = platform.run("drop", "--code", "xt-01", "--confirm", "xt-01");

        assertThat(dropped.exitCode()).as(dropped.toString()).isZero();
        assertThat(dropped.outLines()).containsExactly(
                "Dropped institution 'xt-01': schema t_xt_01, role " + role + ", registry entry");
        assertThat(platform.registered("xt-01")).isFalse();
        assertThat(platform.schemaExists("t_xt_01")).isFalse();
        assertThat(platform.roleExists(role)).isFalse();
        assertThat(platform.run("list").outLines()).containsExactly("No institutions registered");
    }
}
