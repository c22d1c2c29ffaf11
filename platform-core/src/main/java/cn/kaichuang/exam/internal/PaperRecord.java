package cn.kaichuang.exam.internal;

import java.util.List;

public record PaperRecord(long id, long blueprintId, String candidate, int attempt, long seed, List<PaperItem> items) {
}
