package cn.kaichuang.exam;

import cn.kaichuang.question.QuestionId;
import cn.kaichuang.question.QuestionType;
import org.jspecify.annotations.Nullable;

/**
 * How one question version performed over marked attempts.
 *
 * @param attempts marked attempts whose paper held it
 * @param difficulty proportion of those that answered it exactly right (higher = easier)
 * @param discrimination proportion right in the upper 27 % of attempts (by score) minus the lower
 *     27 %; {@code null} when either group never saw the question
 */
public record ItemStatistics(QuestionId question, int version, QuestionType type, String stem, int attempts,
        int correct, double difficulty, @Nullable Double discrimination) {
}
