package cn.kaichuang.question;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of question; {@code label} is how the import file and the seed name them. */
public enum QuestionType {
    TRUE_FALSE("判断"),
    SINGLE_CHOICE("单选"),
    MULTIPLE_CHOICE("多选");

    private final String label;

    QuestionType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** By its label or its name. */
    public static Optional<QuestionType> parse(String text) {
        String value = text.strip();
        return Arrays.stream(values()).filter(t -> t.label.equals(value) || t.name().equalsIgnoreCase(value)).findFirst();
    }
}
