package cn.kaichuang.provisioning;

import cn.kaichuang.provisioning.keycloak.KeycloakSettings;
import cn.kaichuang.storage.ObjectStoreException;
import cn.kaichuang.tenancy.TenantCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "drop", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Drops an institution for good: its schema with all its data, its role, its registry entry"
                + " and its bucket (with --s3-endpoint), with --keycloak-url its organization and accounts. There is no undo; --confirm must repeat the code."})
final class DropCommand extends ProvisioningCommand {

    @Option(names = "--code", required = true, paramLabel = "<code>", description = "Institution code.")
    String code = "";

    @Option(names = "--confirm", required = true, paramLabel = "<code>",
            description = "The institution code again, to confirm.")
    String confirm = "";

    @Mixin
    KeycloakOptions keycloak = new KeycloakOptions();

    @Override
    Action prepare() {
        TenantCode tenant = InstitutionCodes.parse(code);
        if (!confirm.equals(code)) {
            throw new UsageError("--confirm must repeat the institution code '" + code + "' (got '" + confirm
                    + "'); nothing was dropped");
        }
        KeycloakSettings keycloakSettings = keycloak.resolve(cli.environment());
        return (core, out, err) -> {
            var identities = KeycloakOptions.connect(keycloakSettings);
            // Keycloak first: the accounts go before the data they work on, never the other way round.
            int accounts = identities.drop(tenant);
            String role = core.roleName(tenant);
            String bucket = core.bucketName(tenant).map(b -> ", bucket " + b).orElse("");
            try {
                core.provisioning().drop(tenant);
            } catch (ObjectStoreException e) {
                // The core removes the bucket last, after the database side is gone for good.
                throw new CommandFailure("Dropped schema " + tenant.schemaName() + ", role " + role
                        + " and the registry entry of '" + tenant + "', but not its bucket; remove it by hand: "
                        + Failures.oneLine(e.getMessage()), e);
            }
            out.printf("Dropped institution '%s': schema %s, role %s, registry entry%s%n", tenant,
                    tenant.schemaName(), role, bucket);
            if (keycloakSettings != null) {
                out.printf("Keycloak: removed organization '%s' and %d account(s) of it only%n", tenant, accounts);
            }
            return ExitCode.OK;
        };
    }
}
