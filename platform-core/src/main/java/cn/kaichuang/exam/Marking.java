package cn.kaichuang.exam;

import cn.kaichuang.question.QuestionType;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The points one answer earns; pure, so that marking on submit, on the deadline and in tests agree. */
public final class Marking {

    private Marking() {
    }

    /** @param chosen shown option positions, as the page sent them; empty when unanswered */
    public static double points(PaperQuestion question, List<Integer> chosen, MarkingRule rule) {
        if (chosen.isEmpty()) {
            return 0;
        }
        if (question.isCorrect(chosen)) {
            return question.score();
        }
        if (rule == MarkingRule.PARTIAL && question.question().type() == QuestionType.MULTIPLE_CHOICE) {
            Set<Integer> right = new HashSet<>(question.correct());
            boolean noneWrong = right.containsAll(chosen);
            if (noneWrong && new HashSet<>(chosen).size() < right.size()) {
                return question.score() / 2.0;
            }
        }
        return 0;
    }
}
