package cn.kaichuang.question;

/** DRAFT: never published; PUBLISHED: new papers draw its published version; RETIRED: drawn no more. */
public enum QuestionStatus {
    DRAFT,
    PUBLISHED,
    RETIRED
}
