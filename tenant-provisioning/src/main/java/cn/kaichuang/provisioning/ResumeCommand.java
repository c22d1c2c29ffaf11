package cn.kaichuang.provisioning;

import cn.kaichuang.tenancy.TenantCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Option;

@Command(name = "resume", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Makes a suspended institution active again.")
final class ResumeCommand extends ProvisioningCommand {

    @Option(names = "--code", required = true, paramLabel = "<code>", description = "Institution code.")
    String code = "";

    @Override
    Action prepare() {
        TenantCode tenant = InstitutionCodes.parse(code);
        return (core, out, err) -> {
            core.provisioning().resume(tenant);
            out.printf("Resumed institution '%s'%n", tenant);
            return ExitCode.OK;
        };
    }
}
