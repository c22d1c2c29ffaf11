package cn.kaichuang.protection.internal;

import cn.kaichuang.protection.Cidr;
import cn.kaichuang.protection.FirewallDecision;
import cn.kaichuang.protection.FirewallRule;
import java.net.InetAddress;
import java.util.List;

/** The allow and deny lists of one scope (global, or one institution), ready to match. */
public record RuleSet(List<Cidr> allow, List<Cidr> deny) {

    public static final RuleSet EMPTY = new RuleSet(List.of(), List.of());

    public static RuleSet of(List<FirewallRule> rules) {
        return new RuleSet(
                rules.stream().filter(r -> r.kind() == FirewallRule.Kind.ALLOW).map(FirewallRule::cidr).toList(),
                rules.stream().filter(r -> r.kind() == FirewallRule.Kind.DENY).map(FirewallRule::cidr).toList());
    }

    /** Deny wins; a non-empty allow list admits only its networks. */
    public FirewallDecision decide(InetAddress address) {
        if (deny.stream().anyMatch(cidr -> cidr.contains(address))) {
            return FirewallDecision.DENIED;
        }
        if (!allow.isEmpty() && allow.stream().noneMatch(cidr -> cidr.contains(address))) {
            return FirewallDecision.NOT_ALLOWED;
        }
        return FirewallDecision.ALLOWED;
    }
}
