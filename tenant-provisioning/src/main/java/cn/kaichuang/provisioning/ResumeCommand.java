package cn.kaichuang.provisioning;

import cn.kaichuang.provisioning.keycloak.InstitutionIdentities;
import cn.kaichuang.tenancy.TenantCode;
import cn.kaichuang.tenancy.TenantProvisioning;
import picocli.CommandLine.Command;

@Command(name = "resume", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Makes a suspended institution active again.")
final class ResumeCommand extends StatusChangeCommand {

    @Override
    void change(TenantProvisioning provisioning, TenantCode tenant) {
        provisioning.resume(tenant);
    }

    @Override
    void undo(TenantProvisioning provisioning, TenantCode tenant) {
        provisioning.suspend(tenant);
    }

    @Override
    int changeAccounts(InstitutionIdentities identities, TenantCode tenant) {
        return identities.resume(tenant);
    }

    @Override
    String verb() {
        return "resume";
    }

    @Override
    String doneMessage(TenantCode tenant) {
        return "Resumed institution '" + tenant + "'";
    }

    @Override
    String accountsMessage(int accounts) {
        return "Keycloak: enabled " + accounts + " Keycloak account(s) again";
    }
}
