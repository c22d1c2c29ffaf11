package cn.kaichuang.submission;

import java.time.Instant;

/** A file attached to a plan; its content type was sniffed from the content, its SHA-256 recorded. */
public record Attachment(long id, String fileName, String contentType, long size, String sha256Hex,
        Instant uploadedAt) {
}
