package cn.kaichuang.provisioning;

import cn.kaichuang.tenancy.TenantCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Option;

@Command(name = "suspend", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Suspends an active institution; its data stays, its users cannot work until it is resumed.")
final class SuspendCommand extends ProvisioningCommand {

    @Option(names = "--code", required = true, paramLabel = "<code>", description = "Institution code.")
    String code = "";

    @Override
    Action prepare() {
        TenantCode tenant = InstitutionCodes.parse(code);
        return (core, out, err) -> {
            core.provisioning().suspend(tenant);
            out.printf("Suspended institution '%s'%n", tenant);
            return ExitCode.OK;
        };
    }
}
