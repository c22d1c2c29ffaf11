package cn.kaichuang.operations;

import java.time.Instant;

/** The figures of all endpoints in one minute or hour starting at {@code start}. */
public record TimeBucket(Instant start, RequestFigures figures) {
}
