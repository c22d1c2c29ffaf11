package cn.kaichuang.submission;

/** A submission, unique within one institution's schema. */
public record SubmissionId(long value) {
}
