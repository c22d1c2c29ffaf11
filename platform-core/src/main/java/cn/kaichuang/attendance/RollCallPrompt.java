package cn.kaichuang.attendance;

import java.time.Instant;

/** A roll-call the signed-in trainee has still to answer, and until when. */
public record RollCallPrompt(long id, long session, String topic, Instant deadline) {
}
