package cn.kaichuang.crypto;

import cn.kaichuang.audit.AuditEvent;
import cn.kaichuang.audit.AuditTrail;
import cn.kaichuang.crypto.internal.ColumnReencryption;
import cn.kaichuang.crypto.internal.PiiColumns;
import cn.kaichuang.tenancy.TenantCode;
import cn.kaichuang.tenancy.TenantContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Re-encrypts an institution's personal data under another key while the application runs:
 * short batches, each its own transaction, so no row stays locked for long; every configured
 * key still decrypts, so readers see old and new values alike; blind indexes do not change.
 * Values already under the target key are skipped, which makes a run idempotent and an
 * interrupted run resumable.
 */
@Service
public class KeyRotation {

    public static final int DEFAULT_BATCH = 500;

    private final PiiCipher cipher;
    private final PiiColumns columns;
    private final ColumnReencryption reencryption;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;

    KeyRotation(PiiCipher cipher, PiiColumns columns, ColumnReencryption reencryption, AuditTrail audit,
            PlatformTransactionManager transactions) {
        this.cipher = cipher;
        this.columns = columns;
        this.reencryption = reencryption;
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** The columns sealed by {@link EncryptedStringConverter}, as the entity mappings declare them. */
    public List<PiiColumn> columns() {
        return columns.all();
    }

    /** @param progress told the running count of values re-encrypted in this institution after every batch */
    public RotationReport rotate(TenantCode tenant, String toKey, int batchSize, LongConsumer progress) {
        if (!cipher.hasKey(toKey)) {
            throw new IllegalArgumentException("Key '" + toKey + "' is not configured: set kaichuang.crypto.keys."
                    + toKey + " or put a file '" + toKey + "' into KAICHUANG_CRYPTO_KEYS_DIR");
        }
        return TenantContext.call(tenant, () -> {
            Map<PiiColumn, Long> done = new LinkedHashMap<>();
            long[] totals = new long[3];
            for (PiiColumn column : columns.all()) {
                ColumnReencryption.Result result = reencryption.run(column, toKey, batchSize,
                        n -> progress.accept(totals[0] + n));
                done.put(column, result.reencrypted());
                totals[0] += result.reencrypted();
                totals[1] += result.alreadyRotated();
                totals[2] += result.changedMeanwhile();
            }
            RotationReport report = new RotationReport(tenant, toKey, Map.copyOf(done), totals[1], totals[2]);
            if (report.total() > 0) {
                transaction.executeWithoutResult(status -> audit.record(AuditEvent.changed("pii.rotated", "key",
                        toKey, null, done.toString())));
            }
            return report;
        });
    }
}
