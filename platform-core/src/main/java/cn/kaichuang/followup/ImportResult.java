package cn.kaichuang.followup;

/** An import done: its id, kind and how many outcomes it recorded. */
public record ImportResult(long importId, ImportKind kind, int outcomes) {
}
