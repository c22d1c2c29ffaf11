package cn.kaichuang.submission.internal;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A row of table {@code submission_version}; {@code content} is the plan as JSON. */
public record VersionRecord(int number, String content, String savedBy, Instant savedAt,
        @Nullable Integer restoredFrom) {
}
