package cn.kaichuang.attendance;

import java.time.Instant;

/** A successful check-in: when, and how far from the venue. */
public record CheckedIn(long session, String topic, Instant at, int distanceMeters) {
}
