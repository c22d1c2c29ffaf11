package cn.kaichuang.teaching.internal;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

public record ResourceRecord(long id, long cohortId, String title, String kind, String fileName, String objectKey,
        String contentType, long size, String sha256, @Nullable Double durationSeconds, int pages, String uploadedBy,
        Instant uploadedAt) {
}
