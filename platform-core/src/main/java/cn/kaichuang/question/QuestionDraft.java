package cn.kaichuang.question;

import java.util.List;

/**
 * A question as written, before it is stored: {@code correct} holds the indexes (0 = A) of the
 * right options. A true/false question's options are {@link QuestionRules#TRUE_FALSE_OPTIONS}.
 */
public record QuestionDraft(QuestionType type, KnowledgePoint knowledgePoint, int difficulty, String stem,
        List<String> options, List<Integer> correct, String explanation) {

    public QuestionDraft {
        options = List.copyOf(options);
        correct = List.copyOf(correct);
    }

    public static QuestionDraft trueFalse(KnowledgePoint point, int difficulty, String stem, boolean isTrue,
            String explanation) {
        return new QuestionDraft(QuestionType.TRUE_FALSE, point, difficulty, stem, QuestionRules.TRUE_FALSE_OPTIONS,
                List.of(isTrue ? 0 : 1), explanation);
    }
}
