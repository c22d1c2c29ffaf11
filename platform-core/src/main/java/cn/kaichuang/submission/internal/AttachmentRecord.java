package cn.kaichuang.submission.internal;

import java.time.Instant;

/** A row of table {@code submission_attachment}. */
public record AttachmentRecord(long id, long submissionId, String fileName, String objectKey, String contentType,
        long size, String sha256Hex, Instant uploadedAt) {
}
