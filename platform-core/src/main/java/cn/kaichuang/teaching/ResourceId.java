package cn.kaichuang.teaching;

public record ResourceId(long value) {
}
