package cn.kaichuang.certificate;

import cn.kaichuang.audit.AuditEvent;
import cn.kaichuang.audit.AuditTrail;
import cn.kaichuang.certificate.internal.CompletionRuleTable;
import cn.kaichuang.certificate.internal.RegistryTransaction;
import cn.kaichuang.cohort.CourseType;
import cn.kaichuang.identity.AccessPolicy;
import cn.kaichuang.identity.Caller;
import cn.kaichuang.identity.Role;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The completion rule of each course type, province-wide: the built-in default until the province
 * changes it. Every eligibility check reads a rule, so rules are cached; a change evicts its entry
 * on this replica, and the short expiry bounds how long other replicas keep the old rule.
 */
@Service
public class CompletionRules {

    private final CompletionRuleTable table;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final RegistryTransaction transaction;
    private final Clock clock;
    private final LoadingCache<CourseType, CompletionRule> cache;

    CompletionRules(CompletionRuleTable table, AccessPolicy policy, AuditTrail audit, RegistryTransaction transaction,
            Optional<Clock> clock) {
        this.table = table;
        this.policy = policy;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock.orElse(Clock.system(ZoneId.of("Asia/Shanghai")));
        this.cache = Caffeine.newBuilder().expireAfterWrite(Duration.ofMinutes(5))
                .build(type -> table.find(type).orElseGet(() -> CompletionRule.defaultFor(type)));
    }

    /** The rule in force; anyone may read it (it decides certificates, it holds nothing personal). */
    public CompletionRule of(CourseType type) {
        return cache.get(type);
    }

    public List<CompletionRule> all() {
        return Arrays.stream(CourseType.values()).map(this::of).toList();
    }

    /**
     * Sets a course type's rule: the province only; audited and kept in the history. A share of
     * attendance outside 0..100 is refused with {@code certificate.error.rule-percent}.
     */
    public CompletionRule change(CourseType type, int minAttendancePercent, boolean examRequired, boolean planRequired) {
        Caller caller = policy.caller();
        if (!caller.isSystem() && !caller.is(Role.PROVINCE_ADMIN)) {
            throw policy.refusal(caller, "certificate.rule-change");
        }
        if (minAttendancePercent < 0 || minAttendancePercent > 100) {
            throw new CertificateException("certificate.error.rule-percent", String.valueOf(minAttendancePercent));
        }
        CompletionRule rule = new CompletionRule(type, minAttendancePercent, examRequired, planRequired);
        CompletionRule before = of(rule.courseType());
        if (before.equals(rule)) {
            return rule;
        }
        try {
            transaction.run(() -> {
                table.save(rule, caller.username(), clock.instant());
                audit.recordPlatform(AuditEvent.changed("certificate.rule-changed", "completion-rule",
                        rule.courseType().name(), before, rule));
            });
        } finally {
            cache.invalidate(rule.courseType());
        }
        return rule;
    }

    /** The latest changes first; supervisors and institution admins see who set what. */
    public List<CompletionRuleChange> history(int limit) {
        return table.history(Math.clamp(limit, 1, 500));
    }
}
