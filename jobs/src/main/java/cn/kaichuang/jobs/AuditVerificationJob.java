package cn.kaichuang.jobs;

import cn.kaichuang.audit.AuditTrail;
import cn.kaichuang.audit.ChainVerification;
import cn.kaichuang.tenancy.Tenant;
import cn.kaichuang.tenancy.TenantDirectory;
import java.util.ArrayList;
import java.util.List;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Nightly check of the platform's and every institution's audit chain; a broken link is
 * logged at ERROR with the chain and the first broken entry, for the alerting to pick up.
 */
@DisallowConcurrentExecution
public class AuditVerificationJob implements Job {

    private static final Logger log = LoggerFactory.getLogger(AuditVerificationJob.class);

    private final AuditTrail audit;
    private final TenantDirectory tenants;

    public AuditVerificationJob(AuditTrail audit, TenantDirectory tenants) {
        this.audit = audit;
        this.tenants = tenants;
    }

    @Override
    public void execute(JobExecutionContext context) {
        List<ChainVerification> results = new ArrayList<>();
        results.add(audit.verify(null));
        for (Tenant tenant : tenants.all()) {
            try {
                results.add(audit.verify(tenant.code()));
            } catch (RuntimeException e) {
                log.error("Audit chain of institution {} could not be read", tenant.code(), e);
            }
        }
        results.stream().filter(r -> !r.intact()).forEach(r -> log.error(
                "Audit chain {} is broken at entry {} (written {}): {}", r.chain(), r.firstBrokenSeq(), r.firstBrokenAt(),
                r.problem()));
        context.setResult(results);
        log.info("Audit chains verified: {} chains, {} broken", results.size(),
                results.stream().filter(r -> !r.intact()).count());
    }
}
