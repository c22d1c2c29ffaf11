package cn.kaichuang.provisioning;

import cn.kaichuang.backup.ArchiveManifest;
import cn.kaichuang.backup.TenantArchives;
import cn.kaichuang.tenancy.Tenant;
import cn.kaichuang.tenancy.TenantCode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Option;

@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Restores an archive written by 'export' as a new institution: provisioned like 'create'"
                + " (role, schema, bucket with --s3-endpoint, registry entry), then filled. The archive is checked"
                + " against its manifest first; an import that fails on the way removes the institution again."})
final class ImportCommand extends ProvisioningCommand {

    @Option(names = "--archive", required = true, paramLabel = "<file>", description = "Archive written by export.")
    Path archive = Path.of("");

    @Option(names = "--code", paramLabel = "<code>",
            description = "Code of the new institution; default: the code it was exported from.")
    @Nullable String code;

    @Override
    Action prepare() {
        Optional<TenantCode> as = Optional.ofNullable(code).map(InstitutionCodes::parse);
        if (!Files.isRegularFile(archive)) {
            throw new UsageError("No archive file " + archive);
        }
        return (core, out, err) -> {
            TenantArchives.Restored restored = core.archives().importArchive(archive, as);
            Tenant tenant = restored.tenant();
            ArchiveManifest manifest = restored.manifest();
            out.printf("Imported institution '%s' (%s, region %s) from %s, exported from '%s' at %s: %d tables,"
                            + " %d rows, %d objects%s%n", tenant.code(), tenant.name(), tenant.regionCode(), archive,
                    manifest.tenantCode(), manifest.exportedAt(), manifest.tables().size(), manifest.totalRows(),
                    manifest.objects().size(), core.bucketName(tenant.code()).map(b -> ", bucket " + b).orElse(""));
            return ExitCode.OK;
        };
    }
}
