package cn.kaichuang.supervision;

import cn.kaichuang.cohort.CohortCensus;
import cn.kaichuang.identity.AccessPolicy;
import cn.kaichuang.identity.Caller;
import cn.kaichuang.identity.Role;
import cn.kaichuang.supervision.internal.ConsoleTables;
import cn.kaichuang.supervision.internal.RegionScope;
import cn.kaichuang.tenancy.Tenant;
import cn.kaichuang.tenancy.TenantCode;
import cn.kaichuang.tenancy.TenantContext;
import cn.kaichuang.tenancy.TenantDirectory;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.concurrent.DelegatingSecurityContextCallable;
import org.springframework.stereotype.Service;

/**
 * The provincial console (TM-10): snapshots of every institution, taken by a Quartz job every
 * few minutes with bounded parallelism, and the reads of the console, which touch only the
 * snapshot tables and the platform's certificate registry (one or two indexed queries; DESIGN
 * §11: never a fan-out over every schema per page view). A prefecture sees its region only;
 * the drill-down into one institution reads that institution live.
 */
@Service
public class ConsoleSnapshots {

    private static final Logger log = LoggerFactory.getLogger(ConsoleSnapshots.class);
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final TenantDirectory tenants;
    private final CohortCensus census;
    private final ConsoleTables tables;
    private final SupervisedInstitutions institutions;
    private final AccessPolicy policy;
    private final ConsoleProperties properties;
    private final Clock clock;

    ConsoleSnapshots(TenantDirectory tenants, CohortCensus census, ConsoleTables tables,
            SupervisedInstitutions institutions, AccessPolicy policy, ConsoleProperties properties,
            Optional<Clock> clock) {
        this.tenants = tenants;
        this.census = census;
        this.tables = tables;
        this.institutions = institutions;
        this.policy = policy;
        this.properties = properties;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    /**
     * Snapshots every active institution the caller supervises; one institution's failure is
     * logged and leaves its previous snapshot in place without stopping the others.
     */
    public SnapshotRun refresh() {
        Caller caller = policy.caller();
        if (!caller.isSystem() && !caller.is(Role.PROVINCE_ADMIN) && !caller.is(Role.PREFECTURE_ADMIN)) {
            throw policy.refusal(caller, "console.refresh");
        }
        Instant started = clock.instant();
        LocalDate today = LocalDate.ofInstant(started, CHINA);
        List<Tenant> active = tenants.active().stream().filter(t -> AccessPolicy.mayRead(caller, t)).toList();
        List<TenantCode> failed = new ArrayList<>();
        ExecutorService workers = Executors.newFixedThreadPool(Math.max(1, properties.parallelism()));
        try {
            List<Future<?>> done = new ArrayList<>();
            for (Tenant tenant : active) {
                // Workers act for the caller: the census checks their access like any other read.
                done.add(workers.submit(new DelegatingSecurityContextCallable<>(() -> {
                    CohortCensus.Result result = TenantContext.call(tenant.code(), census::take);
                    tables.replace(tenant, result, started, today);
                    return null;
                })));
            }
            for (int i = 0; i < done.size(); i++) {
                try {
                    done.get(i).get();
                } catch (ExecutionException e) {
                    log.error("Console snapshot of institution {} failed", active.get(i).code(), e.getCause());
                    failed.add(active.get(i).code());
                }
            }
            int refreshed = active.size() - failed.size();
            // On a worker too: the caller's thread may hold an institution's JPA transaction.
            workers.submit(() -> tables.rollUp(started, clock.instant(), refreshed, failed.size())).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Console snapshot interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Console snapshot could not be summed up", e.getCause());
        } finally {
            workers.shutdownNow();
        }
        return new SnapshotRun(active.size() - failed.size(), List.copyOf(failed));
    }

    /** The dashboard of the caller's scope; empty (and the refusal recorded) for anyone but a supervisor. */
    public Dashboard dashboard() {
        return scope("console.dashboard").map(tables::dashboard).orElseGet(() -> new Dashboard(null, 0, List.of()));
    }

    public List<ConsoleCohort> cohorts(CohortFilter filter, @Nullable ListSort sort, int offset, int limit) {
        return scope("console.cohorts").map(s -> tables.cohorts(s, filter, sort, offset, limit)).orElse(List.of());
    }

    public int countCohorts(CohortFilter filter) {
        return scope("console.cohorts").map(s -> tables.countCohorts(s, filter)).orElse(0);
    }

    public List<ConsoleCertificate> certificates(CertificateFilter filter, @Nullable ListSort sort, int offset,
            int limit) {
        return scope("console.certificates").map(s -> tables.certificates(s, filter, sort, offset, limit))
                .orElse(List.of());
    }

    public int countCertificates(CertificateFilter filter) {
        return scope("console.certificates").map(s -> tables.countCertificates(s, filter)).orElse(0);
    }

    /**
     * One institution read live from its schema. Empty for an unknown code and for an
     * institution outside the caller's supervision alike (the latter recorded).
     */
    public Optional<LiveInstitution> live(TenantCode code) {
        return institutions.find(code).map(institution -> new LiveInstitution(institution,
                TenantContext.call(code, census::take), clock.instant()));
    }

    private Optional<String> scope(String subject) {
        Caller caller = policy.caller();
        if (caller.isSystem() || caller.is(Role.PROVINCE_ADMIN)) {
            return Optional.of(RegionScope.EVERYWHERE);
        }
        if (caller.is(Role.PREFECTURE_ADMIN) && caller.regionCode() != null) {
            return Optional.of(RegionScope.prefix(caller.regionCode()));
        }
        policy.refused(caller, subject, "*");
        return Optional.empty();
    }
}
