package cn.kaichuang.exam;

import cn.kaichuang.question.QuestionVersion;
import java.util.List;

/**
 * A question as the paper shows it: {@code optionOrder.get(i)} is the index, in the question
 * version, of the option shown in position i.
 */
public record PaperQuestion(QuestionVersion question, List<Integer> optionOrder, int score) {

    public PaperQuestion {
        optionOrder = List.copyOf(optionOrder);
    }

    public List<String> options() {
        return optionOrder.stream().map(i -> question.options().get(i)).toList();
    }

    /** The shown positions of the right options, in order. */
    public List<Integer> correct() {
        return java.util.stream.IntStream.range(0, optionOrder.size())
                .filter(i -> question.correct().contains(optionOrder.get(i))).boxed().toList();
    }

    /** Whether the shown positions {@code chosen} are exactly the right answer. */
    public boolean isCorrect(List<Integer> chosen) {
        return question.isCorrect(chosen.stream().map(optionOrder::get).toList());
    }
}
