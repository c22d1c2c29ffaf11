package cn.kaichuang.provisioning;

import cn.kaichuang.crypto.KeyDirectory;
import cn.kaichuang.crypto.KeyRotation;
import cn.kaichuang.crypto.PiiCipher;
import cn.kaichuang.crypto.RotationReport;
import cn.kaichuang.tenancy.Tenant;
import cn.kaichuang.tenancy.TenantCode;
import cn.kaichuang.tenancy.TenantStatus;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Option;

@Command(name = "rotate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Re-encrypts the personal data of every institution (or one) under another key while the"
                + " application keeps running: short batches, each its own transaction. Idempotent: values already"
                + " under the key are skipped, so an interrupted run is simply run again.",
                "Every key that sealed data must stay configured (kaichuang.crypto.keys.<id> or files in"
                + " KAICHUANG_CRYPTO_KEYS_DIR); make the new key the application's active key first."})
final class KeysRotateCommand extends ProvisioningCommand {

    static final String KEYS_DIR = "KAICHUANG_CRYPTO_KEYS_DIR";

    @Option(names = "--to", required = true, paramLabel = "<keyId>", description = "Id of the key to seal under.")
    String toKey = "";

    @Option(names = "--tenant", paramLabel = "<code>", description = "Only this institution.")
    @Nullable String tenant;

    @Option(names = "--batch", paramLabel = "<rows>", defaultValue = "" + KeyRotation.DEFAULT_BATCH,
            description = "Rows per transaction (default ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--keys-dir", paramLabel = "<dir>",
            description = "Folder with one file per key, named by key id (env " + KEYS_DIR + ").")
    @Nullable String keysDir;

    @Override
    Map<String, Object> coreProperties(Map<String, String> environment) {
        String dir = keysDir != null ? keysDir : environment.get(KEYS_DIR);
        return dir == null || dir.isBlank() ? Map.of() : Map.of(KeyDirectory.PROPERTY, dir);
    }

    @Override
    Action prepare() {
        if (!toKey.matches("[a-z0-9][a-z0-9_-]{0,31}")) {
            throw new UsageError("--to must be a key id (lower-case letters, digits, '-' and '_'), got '" + toKey + "'");
        }
        if (batch < 1) {
            throw new UsageError("--batch must be at least 1, got " + batch);
        }
        TenantCode single = tenant == null ? null : InstitutionCodes.parse(tenant);
        return (core, out, err) -> {
            if (!core.bean(PiiCipher.class).hasKey(toKey)) {
                err.printf("Key '%s' is not configured: set KAICHUANG_CRYPTO_KEYS_%s or put a file '%s' into %s%n",
                        toKey, toKey.toUpperCase(Locale.ROOT).replace('-', '_'), toKey, KEYS_DIR);
                return ExitCode.SOFTWARE;
            }
            KeyRotation rotation = core.bean(KeyRotation.class);
            List<TenantCode> codes = single != null ? List.of(core.directory().require(single).code())
                    : core.directory().all().stream().filter(t -> t.status() != TenantStatus.ARCHIVED)
                            .map(Tenant::code).toList();
            ProgressBar progress = new ProgressBar(err, Boolean.getBoolean(MigrateCommand.TERMINAL_PROPERTY));
            int failed = 0;
            for (int i = 0; i < codes.size(); i++) {
                TenantCode code = codes.get(i);
                boolean ok = rotateOne(rotation, code, out, err);
                failed += ok ? 0 : 1;
                progress.migrated(i + 1, codes.size(), code, ok);
            }
            progress.finish();
            out.printf("Rotated %d of %d institution%s to key %s%n", codes.size() - failed, codes.size(),
                    codes.size() == 1 ? "" : "s", toKey);
            return failed == 0 ? ExitCode.OK : ExitCode.SOFTWARE;
        };
    }

    private boolean rotateOne(KeyRotation rotation, TenantCode code, PrintWriter out, PrintWriter err) {
        try {
            RotationReport report = rotation.rotate(code, toKey, batch, n -> { });
            String columns = report.reencrypted().entrySet().stream()
                    .map(e -> e.getKey() + " " + e.getValue()).sorted().collect(Collectors.joining(", "));
            out.printf("%s: %d values re-encrypted (%s), %d already under %s%s%n", code, report.total(), columns,
                    report.alreadyRotated(), toKey, report.changedMeanwhile() == 0 ? ""
                            : ", " + report.changedMeanwhile() + " changed meanwhile (run again to take them)");
            return true;
        } catch (RuntimeException e) {
            err.printf("%s: rotation failed: %s%n", code, Failures.rootMessage(e));
            return false;
        }
    }
}
