package cn.kaichuang.teaching.internal;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

public record TaskRecord(long id, long cohortId, @Nullable Long sessionId, String kind, String title,
        String description, @Nullable Long resourceId, Instant dueAt, String publishedBy, Instant publishedAt) {
}
