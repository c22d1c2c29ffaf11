package cn.kaichuang.provisioning;

import cn.kaichuang.tenancy.Tenant;
import cn.kaichuang.tenancy.TenantCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Option;

@Command(name = "create", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Creates an institution: its role, schema and tables, its bucket (with --s3-endpoint) and"
                + " its registry entry. A create that fails leaves none of them behind."})
final class CreateCommand extends ProvisioningCommand {

    @Option(names = "--code", required = true, paramLabel = "<code>",
            description = "Institution code: 2-32 lower-case letters, digits and '-', starting with a letter.")
    String code = "";

    @Option(names = "--name", required = true, paramLabel = "<name>", description = "Name, e.g. 长沙创业培训学校.")
    String name = "";

    @Option(names = "--region", required = true, paramLabel = "<region>",
            description = "GB/T 2260 region code (six digits), e.g. 430100.")
    String region = "";

    @Override
    Action prepare() {
        TenantCode tenant = InstitutionCodes.parse(code);
        return (core, out, err) -> {
            Tenant created = core.provisioning().create(tenant, name, region);
            out.printf("Created institution '%s' (%s, region %s): schema %s, role %s, schema version %d%s%n",
                    created.code(), created.name(), created.regionCode(), created.schema(), core.roleName(tenant),
                    created.schemaVersion(), core.bucketName(tenant).map(b -> ", bucket " + b).orElse(""));
            return ExitCode.OK;
        };
    }
}
