package cn.kaichuang.teaching;

public record TaskId(long value) {
}
