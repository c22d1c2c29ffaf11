package cn.kaichuang.provisioning;

import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code kaichuang-tenants keys ...}: the encryption keys of personal data. */
@Command(name = "keys", mixinStandardHelpOptions = true, subcommands = KeysRotateCommand.class,
        description = "Works with the encryption keys of personal data.")
final class KeysCommand implements CliEnvironment {

    @ParentCommand
    TenantsCli cli;

    @Override
    public Map<String, String> environment() {
        return cli.environment();
    }
}
