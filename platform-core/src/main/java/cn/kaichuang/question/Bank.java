package cn.kaichuang.question;

/** Where a question lives: the province's bank or the current institution's additions. */
public enum Bank {
    PROVINCE,
    INSTITUTION
}
