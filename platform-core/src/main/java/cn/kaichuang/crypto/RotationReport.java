package cn.kaichuang.crypto;

import cn.kaichuang.tenancy.TenantCode;
import java.util.Map;

/**
 * What a key rotation did in one institution.
 *
 * @param reencrypted per column, values now sealed under the target key by this run
 * @param alreadyRotated values found under the target key already (an earlier or concurrent run)
 * @param changedMeanwhile values the application rewrote while this run worked on them; left as written
 */
public record RotationReport(TenantCode tenant, String toKey, Map<PiiColumn, Long> reencrypted, long alreadyRotated,
        long changedMeanwhile) {

    public long total() {
        return reencrypted.values().stream().mapToLong(Long::longValue).sum();
    }
}
