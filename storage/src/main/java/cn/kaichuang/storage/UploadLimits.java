package cn.kaichuang.storage;

import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The largest file of each kind a feature accepts; a kind without a limit is not accepted at all.
 */
public record UploadLimits(Map<ContentKind, Long> maxBytes) {

    public UploadLimits {
        maxBytes.values().forEach(max -> {
            if (max <= 0) {
                throw new IllegalArgumentException("Size limits must be positive, got " + max);
            }
        });
        maxBytes = Map.copyOf(new EnumMap<>(maxBytes));
    }

    public OptionalLong of(ContentKind kind) {
        Long max = maxBytes.get(kind);
        return max == null ? OptionalLong.empty() : OptionalLong.of(max);
    }

    /** Receiving stops beyond this, before the type is known. */
    long largest() {
        return maxBytes.values().stream().mapToLong(Long::longValue).max().orElse(0);
    }
}
