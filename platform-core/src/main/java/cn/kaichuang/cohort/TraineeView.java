package cn.kaichuang.cohort;

import cn.kaichuang.cohort.Ids.TraineeId;
import cn.kaichuang.crypto.IdCardNumber;
import org.jspecify.annotations.Nullable;

/** A trainee as shown to staff; the ID number is masked when printed. */
public record TraineeView(TraineeId id, String name, IdCardNumber idCard, @Nullable String phone,
        @Nullable String username) {
}
