package cn.kaichuang.provisioning;

import cn.kaichuang.provisioning.keycloak.InstitutionIdentities;
import cn.kaichuang.provisioning.keycloak.KeycloakSettings;
import cn.kaichuang.tenancy.TenantCode;
import cn.kaichuang.tenancy.TenantProvisioning;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Suspend and resume: change the institution's status, then its Keycloak accounts; when
 * Keycloak refuses, the status change is undone, so the two never disagree.
 */
abstract class StatusChangeCommand extends ProvisioningCommand {

    @Option(names = "--code", required = true, paramLabel = "<code>", description = "Institution code.")
    String code = "";

    @Mixin
    KeycloakOptions keycloak = new KeycloakOptions();

    abstract void change(TenantProvisioning provisioning, TenantCode tenant);

    abstract void undo(TenantProvisioning provisioning, TenantCode tenant);

    /** Returns how many accounts were changed. */
    abstract int changeAccounts(InstitutionIdentities identities, TenantCode tenant);

    /** "suspend" or "resume", for the failure message. */
    abstract String verb();

    abstract String doneMessage(TenantCode tenant);

    abstract String accountsMessage(int accounts);

    @Override
    Action prepare() {
        TenantCode tenant = InstitutionCodes.parse(code);
        KeycloakSettings keycloakSettings = keycloak.resolve(cli.environment());
        return (core, out, err) -> {
            InstitutionIdentities identities = KeycloakOptions.connect(keycloakSettings);
            change(core.provisioning(), tenant);
            int accounts;
            try {
                accounts = changeAccounts(identities, tenant);
            } catch (RuntimeException e) {
                undo(core.provisioning(), tenant);
                throw new CommandFailure("Keycloak refused to " + verb() + " the accounts of '" + tenant
                        + "', so the institution was left as it was: " + Failures.rootMessage(e), e);
            }
            out.println(doneMessage(tenant));
            if (keycloakSettings != null) {
                out.println(accountsMessage(accounts));
            }
            return ExitCode.OK;
        };
    }
}
