package cn.kaichuang.provisioning;

import cn.kaichuang.tenancy.TenantCode;
import picocli.CommandLine.Command;
import cn.kaichuang.provisioning.keycloak.KeycloakSettings;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "suspend", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Suspends an active institution; its data stays, its users cannot work until it is resumed.")
final class SuspendCommand extends ProvisioningCommand {

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
            core.provisioning().suspend(tenant);
            int accounts;
            try {
                accounts = identities.suspend(tenant);
            } catch (RuntimeException e) {
                core.provisioning().resume(tenant);
                throw new CommandFailure("Keycloak refused to suspend the accounts of '" + tenant
                        + "', so the institution was left as it was: " + Failures.rootMessage(e), e);
            }
            out.printf("Suspended institution '%s'%n", tenant);
            if (keycloakSettings != null) {
                out.printf("Keycloak: disabled %d Keycloak account(s) of it only and ended their sessions%n", accounts);
            }
            return ExitCode.OK;
        };
    }
}
