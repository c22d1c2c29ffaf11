package cn.kaichuang.certificate;

import java.time.Instant;

/** One edit of a completion rule: the rule as it was set, by whom, when. */
public record CompletionRuleChange(CompletionRule rule, String changedBy, Instant changedAt) {
}
