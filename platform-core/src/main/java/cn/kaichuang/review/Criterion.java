package cn.kaichuang.review;

/** One line of a rubric: a key for storage and translations, its Chinese name and maximum score. */
public record Criterion(String key, String name, int max) {
}
