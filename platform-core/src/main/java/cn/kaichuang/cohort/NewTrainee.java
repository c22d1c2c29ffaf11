package cn.kaichuang.cohort;

import cn.kaichuang.crypto.IdCardNumber;
import org.jspecify.annotations.Nullable;

public record NewTrainee(String name, IdCardNumber idCard, @Nullable String phone, @Nullable String username) {
}
