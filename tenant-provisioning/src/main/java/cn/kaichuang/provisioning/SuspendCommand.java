package cn.kaichuang.provisioning;

import cn.kaichuang.provisioning.keycloak.InstitutionIdentities;
import cn.kaichuang.tenancy.TenantCode;
import cn.kaichuang.tenancy.TenantProvisioning;
import picocli.CommandLine.Command;

@Command(name = "suspend", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Suspends an active institution; its data stays, its users cannot work until it is resumed.")
final class SuspendCommand extends StatusChangeCommand {

    @Override
    void change(TenantProvisioning provisioning, TenantCode tenant) {
        provisioning.suspend(tenant);
    }

    @Override
    void undo(TenantProvisioning provisioning, TenantCode tenant) {
        provisioning.resume(tenant);
    }

    @Override
    int changeAccounts(InstitutionIdentities identities, TenantCode tenant) {
        return identities.suspend(tenant);
    }

    @Override
    String verb() {
        return "suspend";
    }

    @Override
    String doneMessage(TenantCode tenant) {
        return "Suspended institution '" + tenant + "'";
    }

    @Override
    String accountsMessage(int accounts) {
        return "Keycloak: disabled " + accounts + " Keycloak account(s) of it only and ended their sessions";
    }
}
