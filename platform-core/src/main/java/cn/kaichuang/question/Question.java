package cn.kaichuang.question;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A question as the bank lists it: its status, the version new papers draw ({@code publishedVersion},
 * null until first published) and its latest version, which is a pending draft while it is newer.
 */
public record Question(QuestionId id, QuestionStatus status, @Nullable Integer publishedVersion,
        QuestionVersion latest, Instant updatedAt) {

    public boolean hasPendingDraft() {
        return status != QuestionStatus.RETIRED && (publishedVersion == null || latest.version() > publishedVersion);
    }
}
