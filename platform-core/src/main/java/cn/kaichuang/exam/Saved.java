package cn.kaichuang.exam;

import java.time.Duration;
import java.time.Instant;

/** An answer the server stored, and the time it still allows, for the page's autosave indicator and timer. */
public record Saved(int position, Instant savedAt, Duration remaining) {
}
