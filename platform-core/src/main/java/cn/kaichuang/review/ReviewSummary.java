package cn.kaichuang.review;

import cn.kaichuang.cohort.CourseType;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A cohort's review summary sheet (评审汇总表): one line per submitted plan with every reviewer's
 * total, the final score and the grade. The institution prints and signs it.
 */
public record ReviewSummary(String institutionName, String cohortName, CourseType courseType, Instant generatedAt,
        List<Line> lines) {

    public ReviewSummary {
        lines = List.copyOf(lines);
    }

    /**
     * @param planNumber the number the first reviewer saw (each assignment has its own)
     * @param firstRound the two first reviewers' totals (null while not scored)
     * @param secondRound the third reviewer's, when one was called in
     */
    public record Line(String planNumber, String traineeName, List<Mark> firstRound, @Nullable Mark secondRound,
            @Nullable Integer finalScore, @Nullable Grade grade) {

        public Line {
            firstRound = List.copyOf(firstRound);
        }
    }

    /** One reviewer's total; null while not scored. */
    public record Mark(String expertName, @Nullable Integer total) {
    }

    /** How many plans have each grade; plans not settled yet are not counted. */
    public Map<Grade, Integer> grades() {
        Map<Grade, Integer> grades = new EnumMap<>(Grade.class);
        for (Grade g : Grade.values()) {
            grades.put(g, 0);
        }
        lines.stream().filter(l -> l.grade() != null).forEach(l -> grades.merge(l.grade(), 1, Integer::sum));
        return grades;
    }
}
