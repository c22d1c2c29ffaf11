package cn.kaichuang.app.ui.operations;

import java.time.Duration;
import java.time.temporal.ChronoUnit;

/** The periods the view offers, each with the bucket size of its series. */
enum Period {
    HOUR(Duration.ofHours(1), ChronoUnit.MINUTES),
    DAY(Duration.ofHours(24), ChronoUnit.HOURS),
    WEEK(Duration.ofDays(7), ChronoUnit.HOURS);

    final Duration length;
    final ChronoUnit bucket;

    Period(Duration length, ChronoUnit bucket) {
        this.length = length;
        this.bucket = bucket;
    }
}
