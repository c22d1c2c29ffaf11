package cn.kaichuang.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UsageTest {

    @Test
    void withoutASubcommandTheUsageIsShownWithStatusTwo() {
        CliRun bare = CliRun.execute();

        assertThat(bare.exitCode()).isEqualTo(2);
        assertThat(bare.errLines()).first().isEqualTo("Missing required subcommand");
        assertThat(bare.err()).contains("create", "list", "migrate", "suspend", "resume", "drop");
    }

    @Test
    void helpListsTheCommandsAndExitStatuses() {
        CliRun help = CliRun.execute("--help");

        assertThat(help.exitCode()).isZero();
        assertThat(help.out())
                .contains("Usage: kaichuang-tenants", "Exit status: 0 success, 1 failure, 2 usage error.");
    }

    @Test
    void subcommandHelpShowsTheConnectionOptionsWithTheirEnvironmentVariables() {
        CliRun help = CliRun.execute("help", "create");

        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("--jdbc-url", "KAICHUANG_JDBC_URL", "--s3-endpoint", "KAICHUANG_S3_ENDPOINT",
                "--role-prefix", "KAICHUANG_ROLE_PREFIX");
    }

    @Test
    void anUnknownSubcommandIsAUsageError() {
        CliRun unknown = CliRun.execute("delete", "--code", "x");

        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.errLines()).first().asString().startsWith("Unmatched arguments");
    }
}
