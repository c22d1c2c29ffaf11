package cn.kaichuang.exam;

import java.util.List;

/** A candidate's paper for one attempt; {@code id} is 0 for a preview that was not stored. */
public record Paper(long id, long blueprintId, String candidate, int attempt, long seed, List<PaperQuestion> questions) {

    public Paper {
        questions = List.copyOf(questions);
    }

    public int totalScore() {
        return questions.stream().mapToInt(PaperQuestion::score).sum();
    }
}
