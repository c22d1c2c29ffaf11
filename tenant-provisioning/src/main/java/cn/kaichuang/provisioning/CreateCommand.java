package cn.kaichuang.provisioning;

import cn.kaichuang.provisioning.keycloak.FirstAdmin;
import cn.kaichuang.provisioning.keycloak.InstitutionIdentities;
import cn.kaichuang.provisioning.keycloak.KeycloakSettings;
import cn.kaichuang.tenancy.Tenant;
import cn.kaichuang.tenancy.TenantCode;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "create", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Creates an institution: its role, schema and tables, its bucket (with --s3-endpoint), its"
                + " registry entry, and with --keycloak-url its organization and first admin in Keycloak."
                + " A create that fails leaves none of them behind."})
final class CreateCommand extends ProvisioningCommand {

    @Option(names = "--code", required = true, paramLabel = "<code>",
            description = "Institution code: 2-32 lower-case letters, digits and '-', starting with a letter.")
    String code = "";

    @Option(names = "--name", required = true, paramLabel = "<name>", description = "Name, e.g. 长沙创业培训学校.")
    String name = "";

    @Option(names = "--region", required = true, paramLabel = "<region>",
            description = "GB/T 2260 region code (six digits), e.g. 430100.")
    String region = "";

    @Option(names = "--admin-username", paramLabel = "<username>",
            description = "Username of the first admin in Keycloak; default <code>-admin.")
    @Nullable String adminUsername;

    @Mixin
    KeycloakOptions keycloak = new KeycloakOptions();

    @Override
    Action prepare() {
        TenantCode tenant = InstitutionCodes.parse(code);
        String admin = adminUsername == null || adminUsername.isBlank() ? code + "-admin" : adminUsername.strip();
        KeycloakSettings keycloakSettings = keycloak.resolve(cli.environment());
        return (core, out, err) -> {
            InstitutionIdentities identities = KeycloakOptions.connect(keycloakSettings);
            Tenant created = core.provisioning().create(tenant, name, region);
            Optional<FirstAdmin> firstAdmin;
            try {
                firstAdmin = identities.create(tenant, name, admin);
            } catch (RuntimeException e) {
                core.provisioning().drop(tenant);
                throw new CommandFailure("Could not set up '" + tenant + "' in Keycloak, so nothing was created"
                        + " (database, bucket and Keycloak changes undone): " + Failures.rootMessage(e), e);
            }
            out.printf("Created institution '%s' (%s, region %s): schema %s, role %s, schema version %d%s%n",
                    created.code(), created.name(), created.regionCode(), created.schema(), core.roleName(tenant),
                    created.schemaVersion(), core.bucketName(tenant).map(b -> ", bucket " + b).orElse(""));
            firstAdmin.ifPresent(a -> out.printf("Keycloak: organization '%s', first admin '%s' with temporary"
                    + " password %s (shown only now; to be changed at first login)%n", tenant, a.username(),
                    a.temporaryPassword()));
            return ExitCode.OK;
        };
    }
}
