package cn.kaichuang.lecturer;

import cn.kaichuang.cohort.CourseType;
import cn.kaichuang.cohort.LecturerChanged;
import cn.kaichuang.cohort.LecturerView;
import cn.kaichuang.cohort.Lecturers;
import cn.kaichuang.identity.AccessPolicy;
import cn.kaichuang.identity.Caller;
import cn.kaichuang.identity.Regions;
import cn.kaichuang.identity.Role;
import cn.kaichuang.lecturer.internal.PlatformWork;
import cn.kaichuang.lecturer.internal.PoolTable;
import cn.kaichuang.tenancy.Tenant;
import cn.kaichuang.tenancy.TenantContext;
import cn.kaichuang.tenancy.TenantDirectory;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The province-wide lecturer pool: every institution's lecturers in one platform table, kept in
 * step with the institutions' own records when they commit. The province sees all of it, a
 * prefecture its region, an institution admin their own institution's part.
 *
 * <p>The copy is written on a thread of its own once the institution's transaction has
 * committed: written from the committing thread, it would need a second pooled connection while
 * that thread still holds the institution's, and enough concurrent edits would then wait on
 * each other until the pool times out. One thread keeps the copies in commit order; reads here
 * wait for copies still queued, so whoever just saved a lecturer sees it.
 */
@Service
public class LecturerPool {

    private static final Logger log = LoggerFactory.getLogger(LecturerPool.class);

    private final PoolTable pool;
    private final PlatformWork work;
    private final TenantDirectory tenants;
    private final Lecturers lecturers;
    private final AccessPolicy policy;
    private final Clock clock;
    private final ExecutorService mirror = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("lecturer-pool-mirror").daemon().factory());

    LecturerPool(PoolTable pool, PlatformWork work, TenantDirectory tenants, Lecturers lecturers, AccessPolicy policy,
            Optional<Clock> clock) {
        this.pool = pool;
        this.work = work;
        this.tenants = tenants;
        this.lecturers = lecturers;
        this.policy = policy;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    /**
     * The lecturers the caller supervises whose name, qualification number or institution
     * contains {@code search}, and who may teach {@code courseType} when given.
     */
    public List<PoolEntry> visible(String search, @Nullable CourseType courseType) {
        Caller caller = policy.caller();
        Predicate<PoolEntry> readable = readable(caller);
        drain();
        String needle = search.strip().toLowerCase(Locale.ROOT);
        return pool.all().stream().filter(readable)
                .filter(e -> courseType == null || e.courseTypes().contains(courseType))
                .filter(e -> needle.isEmpty() || e.name().toLowerCase(Locale.ROOT).contains(needle)
                        || e.qualificationNo().toLowerCase(Locale.ROOT).contains(needle)
                        || e.institutionName().contains(needle))
                .toList();
    }

    private Predicate<PoolEntry> readable(Caller caller) {
        if (caller.isSystem() || caller.is(Role.PROVINCE_ADMIN)) {
            return e -> true;
        }
        if (caller.is(Role.PREFECTURE_ADMIN)) {
            return e -> Regions.supervises(caller.regionCode(), e.regionCode());
        }
        if (caller.is(Role.INSTITUTION_ADMIN)) {
            return e -> e.tenant().value().equals(caller.tenant());
        }
        policy.refused(caller, "lecturer-pool", "*");
        return e -> false;
    }

    /** Mirrors a lecturer once the institution's change is committed; a rolled-back change leaves no copy. */
    @TransactionalEventListener(fallbackExecution = true)
    void on(LecturerChanged changed) {
        mirror.execute(() -> {
            try {
                work.call(() -> {
                    pool.upsert(changed.tenant(), changed.lecturer(), clock.instant());
                    return null;
                });
            } catch (RuntimeException e) {
                // Names stay out of the log; rebuild() repairs a missed copy.
                log.error("Mirroring lecturer {} of institution {} into the pool failed",
                        changed.lecturer().id().value(), changed.tenant(), e);
            }
        });
    }

    /** Waits (briefly) until the copies queued so far are written. */
    void drain() {
        try {
            mirror.submit(() -> { }).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            log.warn("Lecturer pool copies still pending", e);
        }
    }

    @PreDestroy
    void stop() {
        mirror.shutdown();
    }

    /** Copies every institution's lecturers again, for pools of installations older than the pool. */
    public int rebuild() {
        Caller caller = policy.caller();
        if (!caller.isSystem()) {
            throw policy.refusal(caller, "lecturer-pool.rebuild");
        }
        drain();
        int copied = 0;
        for (Tenant tenant : tenants.all()) {
            if (!tenant.isActive()) {
                continue;
            }
            List<LecturerView> all = TenantContext.call(tenant.code(), lecturers::all);
            work.call(() -> {
                all.forEach(l -> pool.upsert(tenant.code(), l, clock.instant()));
                return null;
            });
            copied += all.size();
        }
        return copied;
    }
}
