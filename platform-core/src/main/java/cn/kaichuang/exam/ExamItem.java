package cn.kaichuang.exam;

import cn.kaichuang.question.QuestionType;
import java.util.List;

/** A question as the candidate sees it: shown options only, never the answer. */
public record ExamItem(int position, QuestionType type, String stem, List<String> options, int score) {

    public ExamItem {
        options = List.copyOf(options);
    }
}
