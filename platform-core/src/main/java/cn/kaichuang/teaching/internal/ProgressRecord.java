package cn.kaichuang.teaching.internal;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

public record ProgressRecord(long resourceId, long traineeId, double positionSeconds, double watchedSeconds,
        int lastPage, int percent, @Nullable Instant lastReportAt, @Nullable Instant finishedAt, int pagesSeen) {
}
