package cn.kaichuang.provisioning;

import cn.kaichuang.tenancy.Tenant;
import cn.kaichuang.tenancy.TenantCode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Exports institutions to zip archives: every table of the schema (PostgreSQL COPY, one"
                + " snapshot), the registry entry, the audit chain and the bucket's objects (with --s3-endpoint),"
                + " with a manifest of row counts and SHA-256 sums. Personal data stays encrypted as stored."})
final class ExportCommand extends ProvisioningCommand {

    static final class Which {
        @Option(names = "--code", required = true, paramLabel = "<code>", description = "Institution code.")
        @Nullable String code;

        @Option(names = "--all", required = true, description = "Every institution, one archive each.")
        boolean all;
    }

    static final class Where {
        @Option(names = "--out", paramLabel = "<path>",
                description = "Archive file (with --code) or directory (with --all); default: the current directory.")
        @Nullable Path out;

        @Option(names = "--to", paramLabel = "<s3://bucket[/prefix]>",
                description = "Upload to this bucket of the object store instead (needs --s3-endpoint).")
        @Nullable String to;
    }

    @ArgGroup(multiplicity = "1")
    Which which = new Which();

    @ArgGroup(multiplicity = "0..1")
    @Nullable Where where;

    @Override
    Action prepare() {
        @Nullable TenantCode single = which.code == null ? null : InstitutionCodes.parse(which.code);
        ExportTarget target = ExportTarget.parse(where == null ? null : where.out, where == null ? null : where.to,
                single != null);
        return (core, out, err) -> {
            List<TenantCode> codes = single != null ? List.of(single)
                    : core.directory().all().stream().map(Tenant::code).toList();
            List<String> failed = new ArrayList<>();
            for (TenantCode code : codes) {
                try {
                    out.println(new TenantExport(core, target).run(code));
                } catch (RuntimeException e) {
                    if (single != null) {
                        throw e;
                    }
                    failed.add(code.value());
                    err.println(Failures.describe(e));
                }
            }
            if (!failed.isEmpty()) {
                err.printf("%d of %d institutions were not exported: %s%n", failed.size(), codes.size(),
                        String.join(", ", failed));
                return ExitCode.SOFTWARE;
            }
            return ExitCode.OK;
        };
    }
}
