package cn.kaichuang.institution;

import java.time.Instant;

/** Why, by whom and when the province suspended an institution. */
public record Suspension(String reason, String by, Instant at) {
}
