package cn.kaichuang.provisioning;

import cn.kaichuang.audit.AuditTrail;
import cn.kaichuang.audit.ChainVerification;
import cn.kaichuang.tenancy.Tenant;
import cn.kaichuang.tenancy.TenantCode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Option;

@Command(name = "verify", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Verifies the platform's audit chain and every institution's (or one institution's):"
                + " prints OK with the number of entries, or the first broken link.",
                "Exit status 1 when any chain is broken or cannot be read."})
final class AuditVerifyCommand extends ProvisioningCommand {

    @Option(names = "--tenant", paramLabel = "<code>",
            description = "Only this institution's chain (the platform chain is then skipped).")
    @Nullable String tenant;

    @Override
    Action prepare() {
        TenantCode single = tenant == null ? null : InstitutionCodes.parse(tenant);
        return (core, out, err) -> {
            AuditTrail audit = core.bean(AuditTrail.class);
            List<TenantCode> codes = single != null ? List.of(core.directory().require(single).code())
                    : core.directory().all().stream().map(Tenant::code).toList();
            List<ChainVerification> results = new ArrayList<>();
            int failures = 0;
            if (single == null) {
                results.add(audit.verify(null));
            }
            for (TenantCode code : codes) {
                try {
                    results.add(audit.verify(code));
                } catch (RuntimeException e) {
                    err.printf("%s: cannot be read: %s%n", code, Failures.rootMessage(e));
                    failures++;
                }
            }
            for (ChainVerification result : results) {
                print(result, out);
            }
            long broken = results.stream().filter(r -> !r.intact()).count();
            out.printf("%d chain%s verified, %d broken%n", results.size(), results.size() == 1 ? "" : "s", broken);
            return broken + failures == 0 ? ExitCode.OK : ExitCode.SOFTWARE;
        };
    }

    private static void print(ChainVerification result, PrintWriter out) {
        if (result.intact()) {
            out.printf("%s: OK, %d entr%s%n", result.chain(), result.checked(), result.checked() == 1 ? "y" : "ies");
        } else {
            out.printf("%s: BROKEN at entry %d (written %s): %s%n", result.chain(), result.firstBrokenSeq(),
                    result.firstBrokenAt(), result.problem());
        }
    }
}
