package cn.kaichuang.exam;

import java.util.List;

/** What a paper holds, line by line; {@code id} is 0 until stored. */
public record Blueprint(long id, String name, String course, List<BlueprintLine> lines) {

    public Blueprint {
        lines = List.copyOf(lines);
    }

    public int totalScore() {
        return lines.stream().mapToInt(BlueprintLine::total).sum();
    }

    public int questionCount() {
        return lines.stream().mapToInt(BlueprintLine::count).sum();
    }

    public Blueprint withId(long value) {
        return new Blueprint(value, name, course, lines);
    }
}
