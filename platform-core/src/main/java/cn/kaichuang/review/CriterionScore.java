package cn.kaichuang.review;

/** An expert's score and comment on one criterion. */
public record CriterionScore(String criterion, int score, String comment) {
}
