package cn.kaichuang.provisioning;

import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code kaichuang-tenants audit ...}: the tamper-evident audit chains. */
@Command(name = "audit", mixinStandardHelpOptions = true, subcommands = AuditVerifyCommand.class,
        description = "Works with the audit chains of the platform and the institutions.")
final class AuditCommand implements CliEnvironment {

    @ParentCommand
    TenantsCli cli;

    @Override
    public Map<String, String> environment() {
        return cli.environment();
    }
}
