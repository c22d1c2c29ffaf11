package cn.kaichuang.submission;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One saved version of a plan; {@code restoredFrom} names the version it copies when restored. */
public record PlanVersion(int number, Instant savedAt, String savedBy, @Nullable Integer restoredFrom,
        boolean submitted) {
}
