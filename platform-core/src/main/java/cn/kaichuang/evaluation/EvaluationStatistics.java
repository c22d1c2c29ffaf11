package cn.kaichuang.evaluation;

import cn.kaichuang.identity.AccessPolicy;
import cn.kaichuang.identity.Caller;
import cn.kaichuang.identity.Role;
import cn.kaichuang.tenancy.Tenant;
import cn.kaichuang.tenancy.TenantContext;
import cn.kaichuang.tenancy.TenantDirectory;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The province's view of evaluations: the averages of every institution it supervises (a
 * prefecture: those of its region). The console's quality indicators read
 * {@link Evaluations#ofInstitution()} per institution as the platform during their snapshot;
 * this live read is for the 评价统计 page, one short query per institution.
 */
@Service
public class EvaluationStatistics {

    private static final Logger log = LoggerFactory.getLogger(EvaluationStatistics.class);

    private final Evaluations evaluations;
    private final TenantDirectory tenants;
    private final AccessPolicy policy;

    EvaluationStatistics(Evaluations evaluations, TenantDirectory tenants, AccessPolicy policy) {
        this.evaluations = evaluations;
        this.tenants = tenants;
        this.policy = policy;
    }

    /** Per supervised active institution, by name; an institution that fails to answer is left out. */
    public List<InstitutionRating> perInstitution() {
        Caller caller = policy.caller();
        if (!caller.isSystem() && !caller.is(Role.PROVINCE_ADMIN) && !caller.is(Role.PREFECTURE_ADMIN)) {
            policy.refused(caller, "evaluation", "institutions");
            return List.of();
        }
        List<InstitutionRating> result = new ArrayList<>();
        for (Tenant tenant : tenants.active()) {
            if (!AccessPolicy.mayRead(caller, tenant)) {
                continue;
            }
            try {
                Averages averages = TenantContext.call(tenant.code(), evaluations::ofInstitution);
                result.add(new InstitutionRating(tenant.code(), tenant.name(), averages));
            } catch (RuntimeException e) {
                log.warn("Evaluations of {} unreadable: {}", tenant.code().value(), e.toString());
            }
        }
        result.sort(java.util.Comparator.comparing(InstitutionRating::name));
        return result;
    }
}
