package cn.kaichuang.exam;

import cn.kaichuang.question.QuestionType;
import cn.kaichuang.question.QuestionVersion;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The published versions papers draw from, grouped by type and in a fixed order (by id) so that
 * the same seed draws the same paper whatever order the bank returned them in.
 */
public final class QuestionPool {

    private final Map<QuestionType, List<QuestionVersion>> byType = new EnumMap<>(QuestionType.class);
    private final int size;

    public QuestionPool(List<QuestionVersion> published) {
        Comparator<QuestionVersion> order = Comparator.comparing((QuestionVersion q) -> q.id().bank())
                .thenComparingLong(q -> q.id().value());
        published.stream().sorted(order).collect(Collectors.groupingBy(QuestionVersion::type))
                .forEach((type, list) -> byType.put(type, List.copyOf(list)));
        size = published.size();
    }

    List<QuestionVersion> of(QuestionType type) {
        return byType.getOrDefault(type, List.of());
    }

    public int size() {
        return size;
    }
}
