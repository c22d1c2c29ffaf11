package cn.kaichuang.question;

/** Published after a question of {@code bank} was published or retired: what papers may draw changed. */
public record QuestionsPublished(Bank bank) {
}
