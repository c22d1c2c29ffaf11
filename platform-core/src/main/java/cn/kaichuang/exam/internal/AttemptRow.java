package cn.kaichuang.exam.internal;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One attempt as stored; {@code submittedAt} is null while it runs. */
public record AttemptRow(long id, long sittingId, String candidate, long traineeId, int attempt, long paperId,
        Instant startedAt, Instant deadline, String sessionToken, int focusLosses, @Nullable Instant submittedAt,
        @Nullable String submittedHow, @Nullable Double score, @Nullable Boolean passed) {

    public boolean open() {
        return submittedAt == null;
    }
}
