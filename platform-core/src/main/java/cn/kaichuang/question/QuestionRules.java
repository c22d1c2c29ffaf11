package cn.kaichuang.question;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** What makes a question valid, and the answer written as letters or 对/错. */
public final class QuestionRules {

    public static final List<String> TRUE_FALSE_OPTIONS = List.of("正确", "错误");
    public static final int MIN_STEM = 5;
    public static final int MAX_STEM = 500;
    public static final int MAX_OPTION = 200;
    public static final int MAX_EXPLANATION = 500;
    public static final int MIN_OPTIONS = 3;
    public static final int MAX_OPTIONS = 6;

    private QuestionRules() {
    }

    /**
     * The draft with its texts stripped and its answer sorted.
     *
     * @throws QuestionException naming the first rule it breaks
     */
    public static QuestionDraft validated(QuestionDraft draft) {
        if (draft.difficulty() < 1 || draft.difficulty() > 5) {
            throw new QuestionException("question.error.difficulty", String.valueOf(draft.difficulty()));
        }
        String stem = draft.stem().strip();
        if (stem.length() < MIN_STEM || stem.length() > MAX_STEM) {
            throw new QuestionException("question.error.stem", MIN_STEM + "–" + MAX_STEM);
        }
        String explanation = draft.explanation().strip();
        if (explanation.isEmpty() || explanation.length() > MAX_EXPLANATION) {
            throw new QuestionException("question.error.explanation", String.valueOf(MAX_EXPLANATION));
        }
        List<String> options = draft.options().stream().map(String::strip).toList();
        if (options.stream().anyMatch(o -> o.isEmpty() || o.length() > MAX_OPTION)) {
            throw new QuestionException("question.error.option", String.valueOf(MAX_OPTION));
        }
        if (options.stream().distinct().count() != options.size()) {
            throw new QuestionException("question.error.duplicate-option", "");
        }
        TreeSet<Integer> correct = new TreeSet<>(draft.correct());
        if (correct.size() != draft.correct().size()
                || correct.stream().anyMatch(i -> i < 0 || i >= options.size())) {
            throw new QuestionException("question.error.answer-range", "");
        }
        switch (draft.type()) {
            case TRUE_FALSE -> {
                if (options.size() != 2) {
                    throw new QuestionException("question.error.true-false-options", "");
                }
                if (correct.size() != 1) {
                    throw new QuestionException("question.error.single-answer", "");
                }
            }
            case SINGLE_CHOICE -> {
                optionCount(options);
                if (correct.size() != 1) {
                    throw new QuestionException("question.error.single-answer", "");
                }
            }
            case MULTIPLE_CHOICE -> {
                optionCount(options);
                if (correct.size() < 2) {
                    throw new QuestionException("question.error.multiple-answer", "");
                }
            }
        }
        return new QuestionDraft(draft.type(), draft.knowledgePoint(), draft.difficulty(), stem, options,
                new ArrayList<>(correct), explanation);
    }

    /**
     * The option indexes an answer names: letters ("A", "abd", "A,B,D") for choices, 对/错 (or
     * A/B, 正确/错误, T/F) for true/false.
     *
     * @throws QuestionException if the text names no option or an unknown one
     */
    public static List<Integer> parseAnswer(QuestionType type, String answer) {
        String value = answer.strip();
        if (type == QuestionType.TRUE_FALSE) {
            return switch (value.toUpperCase()) {
                case "对", "正确", "√", "A", "T", "TRUE" -> List.of(0);
                case "错", "错误", "×", "B", "F", "FALSE" -> List.of(1);
                default -> throw new QuestionException("question.error.answer-true-false", value);
            };
        }
        String letters = value.toUpperCase().replaceAll("[\\s,，、;；]", "");
        if (letters.isEmpty()) {
            throw new QuestionException("question.error.answer-letters", value);
        }
        TreeSet<Integer> indexes = new TreeSet<>();
        for (char c : letters.toCharArray()) {
            if (c < 'A' || c >= 'A' + MAX_OPTIONS || !indexes.add(c - 'A')) {
                throw new QuestionException("question.error.answer-letters", value);
            }
        }
        return new ArrayList<>(indexes);
    }

    public static String answerText(QuestionType type, List<Integer> correct) {
        if (type == QuestionType.TRUE_FALSE) {
            return correct.equals(List.of(0)) ? "对" : "错";
        }
        return QuestionVersion.letters(correct);
    }

    private static void optionCount(List<String> options) {
        if (options.size() < MIN_OPTIONS || options.size() > MAX_OPTIONS) {
            throw new QuestionException("question.error.option-count", MIN_OPTIONS + "–" + MAX_OPTIONS);
        }
    }
}
