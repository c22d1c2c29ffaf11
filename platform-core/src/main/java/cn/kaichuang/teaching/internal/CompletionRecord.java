package cn.kaichuang.teaching.internal;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

public record CompletionRecord(long taskId, long traineeId, String status, @Nullable String text,
        @Nullable String fileName, @Nullable String objectKey, @Nullable String contentType, @Nullable Long size,
        @Nullable String sha256, Instant completedAt, int attempts, @Nullable String returnComment,
        @Nullable String returnedBy, @Nullable Instant returnedAt) {
}
