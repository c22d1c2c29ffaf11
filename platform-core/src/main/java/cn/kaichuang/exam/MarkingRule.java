package cn.kaichuang.exam;

/**
 * How a sitting marks multiple-choice questions. Single-choice and true/false questions score all or
 * nothing whatever the rule.
 */
public enum MarkingRule {
    /** Only exactly the right options score. */
    ALL_OR_NOTHING,
    /** Exactly right scores in full; a non-empty subset of the right options with no wrong one scores half (少选得一半分). */
    PARTIAL
}
