package cn.kaichuang.provisioning;

import cn.kaichuang.tenancy.MigrationReport;
import cn.kaichuang.tenancy.Tenant;
import cn.kaichuang.tenancy.TenantCode;
import cn.kaichuang.tenancy.TenantStatus;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Option;

@Command(name = "migrate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Brings institution schemas up to the schema version of this release, several at a time"
                + " (kaichuang.tenancy.migration-parallelism), with a progress bar on stderr.",
                "Without --tenant or --all: the institutions whose schema version is behind, except archived ones."})
final class MigrateCommand extends ProvisioningCommand {

    /** Set by bin/kaichuang-tenants when stderr is a terminal, so the bar is redrawn in place. */
    static final String TERMINAL_PROPERTY = "kaichuang.tenants.terminal";

    static final class Selection {

        @Option(names = "--tenant", paramLabel = "<code>", description = "Only this institution.")
        @Nullable String tenant;

        @Option(names = "--all", description = "Every registered institution, up to date or not.")
        boolean all;
    }

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    @Nullable Selection selection;

    @Override
    Action prepare() {
        TenantCode single = selection != null && selection.tenant != null
                ? InstitutionCodes.parse(selection.tenant) : null;
        boolean all = selection != null && selection.all;
        return (core, out, err) -> {
            int version = core.provisioning().currentSchemaVersion();
            List<TenantCode> tenants = single != null
                    ? List.of(single)
                    : selectFrom(core.directory().all(), all, version);
            if (tenants.isEmpty()) {
                out.printf("Nothing to migrate: every institution is at schema version %d%n", version);
                return ExitCode.OK;
            }
            ProgressBar progress = new ProgressBar(err, Boolean.getBoolean(TERMINAL_PROPERTY));
            MigrationReport report = core.provisioning().migrate(tenants, progress);
            progress.finish();
            return summarise(report, tenants.size(), version, out, err);
        };
    }

    private static List<TenantCode> selectFrom(List<Tenant> registered, boolean all, int version) {
        return registered.stream()
                .filter(t -> all || (t.schemaVersion() < version && t.status() != TenantStatus.ARCHIVED))
                .map(Tenant::code)
                .toList();
    }

    private static int summarise(MigrationReport report, int total, int version, PrintWriter out, PrintWriter err) {
        String took = String.format(Locale.ROOT, "%.1f s", report.took().toMillis() / 1000.0);
        if (report.ok()) {
            out.printf("Migrated %d institution%s to schema version %d in %s%n", total, total == 1 ? "" : "s",
                    version, took);
            return ExitCode.OK;
        }
        report.failures().forEach(f -> err.printf("Migration of '%s' failed: %s%n", f.tenant(),
                Failures.oneLine(f.reason())));
        err.printf("Migrated %d of %d institutions in %s; %d failed%n", report.migrated(), total, took,
                report.failures().size());
        return ExitCode.SOFTWARE;
    }
}
