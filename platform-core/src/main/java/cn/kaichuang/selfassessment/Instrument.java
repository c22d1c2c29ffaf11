package cn.kaichuang.selfassessment;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One version of the instrument. Answers are given in the order of {@link #items()}.
 *
 * @param version 0 for a draft not yet published
 */
public record Instrument(int version, String title, List<Dimension> dimensions, @Nullable Instant publishedAt) {

    /** A dimension with its items and the advice for a low, middle and high score. */
    public record Dimension(String code, String name, List<Item> items, String adviceLow, String adviceMid,
            String adviceHigh) {

        public String advice(Level level) {
            return switch (level) {
                case LOW -> adviceLow;
                case MID -> adviceMid;
                case HIGH -> adviceHigh;
            };
        }
    }

    /** A Likert statement (1 完全不符合 … 5 完全符合); a reverse one scores 6 minus the answer. */
    public record Item(String text, boolean reverse) {
    }

    public List<Item> items() {
        return dimensions.stream().flatMap(d -> d.items().stream()).toList();
    }
}
