package cn.kaichuang.lecturer;

import org.jspecify.annotations.Nullable;

/** One entry of a lecturer's development record: an activity and whether they attended. */
public record DevelopmentRecord(Activity activity, @Nullable Boolean attended) {
}
