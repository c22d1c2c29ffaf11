package cn.kaichuang.cohort.internal;

import java.time.Instant;

/** What the person index needs of a trainee, read without decrypting anything. */
public record TraineeKey(Long id, String idCardIndex, String name, Instant createdAt) {
}
