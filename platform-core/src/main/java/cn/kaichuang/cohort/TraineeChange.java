package cn.kaichuang.cohort;

import cn.kaichuang.crypto.IdCardNumber;
import org.jspecify.annotations.Nullable;

/** The new state of a trainee's personal data, as staff edit it. */
public record TraineeChange(String name, IdCardNumber idCard, @Nullable String phone) {
}
