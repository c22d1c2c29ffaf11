package cn.kaichuang.question;

import org.jspecify.annotations.Nullable;

/** A filter over a bank's questions (on their latest version); null fields do not filter. */
public record QuestionQuery(@Nullable String text, @Nullable QuestionType type,
        @Nullable KnowledgePoint knowledgePoint, @Nullable Integer difficulty, @Nullable QuestionStatus status) {

    public static QuestionQuery all() {
        return new QuestionQuery(null, null, null, null, null);
    }

    public QuestionQuery withStatus(@Nullable QuestionStatus value) {
        return new QuestionQuery(text, type, knowledgePoint, difficulty, value);
    }
}
