package cn.kaichuang.certificate;

/**
 * Why a certificate was revoked, as the public verification page says it. The free-text reason
 * may name people or circumstances, so only staff see it; the public sees the category.
 */
public enum RevocationCategory {
    /** 信息有误: wrong name, ID number or dates; usually followed by a corrected certificate. */
    DATA_ERROR,
    /** 不符合结业条件: the trainee did not meet the completion rule after all. */
    NOT_COMPLETED,
    /** 弄虚作假: fraud, e.g. attendance signed by someone else. */
    FRAUD,
    /** 其他. */
    OTHER
}
