package cn.kaichuang.followup;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * KPIs grouped by one dimension with their total.
 *
 * @param takenAt when the snapshot behind the figures was taken; null for figures read live
 */
public record KpiReport(KpiDimension dimension, @Nullable Instant takenAtOrNull, KpiRow total, List<KpiRow> rows) {

    public Optional<Instant> takenAt() {
        return Optional.ofNullable(takenAtOrNull);
    }

    public boolean isEmpty() {
        return total.completed() == 0;
    }
}
