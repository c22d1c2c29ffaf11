package cn.kaichuang.question;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One version of a question, never changed once stored: what a paper that drew it keeps showing
 * and marking. {@code correct} holds the indexes (0 = A) of the right options.
 */
public record QuestionVersion(QuestionId id, int version, QuestionType type, KnowledgePoint knowledgePoint,
        int difficulty, String stem, List<String> options, List<Integer> correct, String explanation,
        String createdBy, Instant createdAt) {

    public QuestionVersion {
        options = List.copyOf(options);
        correct = List.copyOf(correct);
    }

    /** The answer as the import file writes it: "A", "ABD", or "对"/"错". */
    public String answerText() {
        return QuestionRules.answerText(type, correct);
    }

    /** Whether {@code chosen} (option indexes) is exactly the right answer. */
    public boolean isCorrect(List<Integer> chosen) {
        return chosen.stream().distinct().sorted().toList().equals(correct);
    }

    public QuestionDraft draft() {
        return new QuestionDraft(type, knowledgePoint, difficulty, stem, options, correct, explanation);
    }

    static String letters(List<Integer> indexes) {
        return indexes.stream().map(i -> String.valueOf((char) ('A' + i))).collect(Collectors.joining());
    }
}
