package cn.kaichuang.provisioning;

import cn.kaichuang.tenancy.TenantCode;
import picocli.CommandLine.Command;
import cn.kaichuang.provisioning.keycloak.KeycloakSettings;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "resume", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Makes a suspended institution active again.")
final class ResumeCommand extends ProvisioningCommand {

    @Option(names = "--code", required = true, paramLabel = "<code>", description = "Institution code.")
    String code = "";

    @Mixin
    KeycloakOptions keycloak = new KeycloakOptions();

    @Override
    Action prepare() {
        TenantCode tenant = InstitutionCodes.parse(code);
        KeycloakSettings keycloakSettings = keycloak.resolve(cli.environment());
        return (core, out, err) -> {
            var identities = KeycloakOptions.connect(keycloakSettings);
            core.provisioning().resume(tenant);
            int accounts;
            try {
                accounts = identities.resume(tenant);
            } catch (RuntimeException e) {
                core.provisioning().suspend(tenant);
                throw new CommandFailure("Keycloak refused to resume the accounts of '" + tenant
                        + "', so the institution was left as it was: " + Failures.rootMessage(e), e);
            }
            out.printf("Resumed institution '%s'%n", tenant);
            if (keycloakSettings != null) {
                out.printf("Keycloak: enabled %d Keycloak account(s) again%n", accounts);
            }
            return ExitCode.OK;
        };
    }
}
