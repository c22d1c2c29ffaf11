package cn.kaichuang.provisioning;

import cn.kaichuang.tenancy.Tenant;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Option;

@Command(name = "list", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Lists the institutions: code, name, region, status and schema version.")
final class ListCommand extends ProvisioningCommand {

    @Option(names = "--json", description = "Print a JSON array instead of a table.")
    boolean json;

    @Override
    Action prepare() {
        return (core, out, err) -> {
            List<Tenant> tenants = core.directory().all();
            if (json) {
                out.println(TenantJson.write(tenants));
            } else {
                TenantTable.print(tenants, core.provisioning().currentSchemaVersion(), out);
            }
            return ExitCode.OK;
        };
    }
}
