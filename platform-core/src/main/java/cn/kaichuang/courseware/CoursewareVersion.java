package cn.kaichuang.courseware;

import java.time.Instant;

/** One uploaded file of a courseware item; versions are never replaced, so old ones stay available. */
public record CoursewareVersion(CoursewareId item, int number, String objectKey, String sha256Hex, long size,
        String contentType, String fileName, String uploadedBy, Instant uploadedAt, String changeNote) {
}
