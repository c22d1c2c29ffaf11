package cn.kaichuang.teaching;

import cn.kaichuang.cohort.Ids.CohortId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A digital resource of a cohort.
 *
 * @param durationSeconds a video's length, read from the file; null for anything else
 * @param pages a PDF's page count, read from the file; 1 for anything else
 */
public record ResourceView(ResourceId id, CohortId cohort, String title, ResourceKind kind, String fileName,
        String contentType, long size, String sha256Hex, @Nullable Double durationSeconds, int pages,
        String uploadedBy, Instant uploadedAt) {
}
