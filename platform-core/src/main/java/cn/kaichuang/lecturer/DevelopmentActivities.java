package cn.kaichuang.lecturer;

import cn.kaichuang.audit.AuditEvent;
import cn.kaichuang.audit.AuditTrail;
import cn.kaichuang.cohort.Ids.LecturerId;
import cn.kaichuang.cohort.LecturerView;
import cn.kaichuang.cohort.Lecturers;
import cn.kaichuang.identity.AccessPolicy;
import cn.kaichuang.identity.Caller;
import cn.kaichuang.identity.Role;
import cn.kaichuang.lecturer.internal.ActivityTables;
import cn.kaichuang.lecturer.internal.PlatformWork;
import cn.kaichuang.lecturer.internal.PoolTable;
import cn.kaichuang.tenancy.TenantCode;
import cn.kaichuang.tenancy.TenantContext;
import java.time.Clock;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Continuing development of lecturers (SV-2). The province publishes activities and records
 * attendance; an institution admin registers the institution's lecturers, a lecturer themself;
 * each lecturer's record is visible to their institution admin and to their supervisors.
 * A lecturer of another institution is answered as not found, and the attempt recorded.
 */
@Service
public class DevelopmentActivities {

    private final ActivityTables tables;
    private final PoolTable pool;
    private final LecturerPool copies;
    private final PlatformWork work;
    private final Lecturers lecturers;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final Clock clock;

    DevelopmentActivities(ActivityTables tables, PoolTable pool, LecturerPool copies, PlatformWork work,
            Lecturers lecturers, AccessPolicy policy, AuditTrail audit, Optional<Clock> clock) {
        this.tables = tables;
        this.pool = pool;
        this.copies = copies;
        this.work = work;
        this.lecturers = lecturers;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    public long publish(NewActivity activity) {
        Caller caller = provinceOnly("development.publish");
        return work.call(() -> {
            long id = tables.insert(activity, caller.username(), clock.instant());
            audit.recordPlatform(AuditEvent.created("development-activity", id, activity));
            return id;
        });
    }

    /** Every activity, the latest first, for the roles taking part in lecturer development. */
    public List<Activity> all() {
        Caller caller = policy.caller();
        if (!takesPart(caller)) {
            policy.refused(caller, "development-activity", "*");
            return List.of();
        }
        return tables.all();
    }

    public Optional<Activity> find(long id) {
        Caller caller = policy.caller();
        if (!takesPart(caller)) {
            policy.refused(caller, "development-activity", id);
            return Optional.empty();
        }
        return tables.find(id);
    }

    /** Takes a place; registering again changes nothing. */
    public void register(long activityId, TenantCode tenant, LecturerId lecturer) {
        Caller caller = mayEnrol(tenant, lecturer, "development.register");
        work.call(() -> {
            int capacity = tables.lockCapacity(activityId)
                    .orElseThrow(() -> new NoSuchElementException("Unknown activity " + activityId));
            if (tables.registeredCount(activityId) >= capacity
                    && tables.registrationsOf(tenant, lecturer).stream().noneMatch(r -> r.activityId() == activityId)) {
                throw new ActivityFullException(capacity);
            }
            if (tables.register(activityId, tenant, lecturer, caller.username(), clock.instant())) {
                audit.recordPlatform(AuditEvent.changed("development.registered", "development-activity", activityId,
                        null, tenant.value() + "/" + lecturer.value()));
            }
            return null;
        });
    }

    public void cancel(long activityId, TenantCode tenant, LecturerId lecturer) {
        mayEnrol(tenant, lecturer, "development.cancel");
        work.call(() -> {
            if (tables.cancel(activityId, tenant, lecturer)) {
                audit.recordPlatform(AuditEvent.changed("development.cancelled", "development-activity", activityId,
                        tenant.value() + "/" + lecturer.value(), null));
            }
            return null;
        });
    }

    public void recordAttendance(long activityId, TenantCode tenant, LecturerId lecturer, boolean attended) {
        provinceOnly("development.attendance");
        work.call(() -> {
            if (!tables.recordAttendance(activityId, tenant, lecturer, attended, policy.caller().username(),
                    clock.instant())) {
                throw new NoSuchElementException("Lecturer " + lecturer.value() + " is not registered");
            }
            audit.recordPlatform(AuditEvent.changed("development.attendance", "development-activity", activityId,
                    null, tenant.value() + "/" + lecturer.value() + "=" + attended));
            return null;
        });
    }

    /** Who registered for an activity, narrowed to the institutions the caller supervises or works for. */
    public List<Registration> registrations(long activityId) {
        Caller caller = policy.caller();
        if (!takesPart(caller)) {
            policy.refused(caller, "development-registration", activityId);
            return List.of();
        }
        return tables.registrations(activityId).stream().filter(r -> policy.mayRead(caller, r.tenant())).toList();
    }

    /** A lecturer's development record, for their institution admin, themself and their supervisors. */
    public List<DevelopmentRecord> recordOf(TenantCode tenant, LecturerId lecturer) {
        Caller caller = policy.caller();
        boolean supervisor = caller.isSystem() || caller.is(Role.PROVINCE_ADMIN)
                || caller.is(Role.PREFECTURE_ADMIN) && policy.mayRead(caller, tenant);
        boolean admin = caller.is(Role.INSTITUTION_ADMIN) && tenant.value().equals(caller.tenant());
        boolean self = caller.is(Role.LECTURER) && tenant.value().equals(caller.tenant()) && isOwn(tenant, lecturer);
        if (!supervisor && !admin && !self) {
            policy.refused(caller, "development-record", tenant.value() + "/" + lecturer.value());
            return List.of();
        }
        return tables.registrationsOf(tenant, lecturer).stream()
                .flatMap(r -> tables.find(r.activityId()).map(a -> new DevelopmentRecord(a, r.attended())).stream())
                .sorted((a, b) -> b.activity().startsAt().compareTo(a.activity().startsAt()))
                .toList();
    }

    private Caller mayEnrol(TenantCode tenant, LecturerId lecturer, String operation) {
        Caller caller = policy.caller();
        if (!caller.isSystem() && !caller.is(Role.INSTITUTION_ADMIN) && !caller.is(Role.LECTURER)) {
            throw policy.refusal(caller, operation);
        }
        boolean ownInstitution = caller.isSystem() || tenant.value().equals(caller.tenant());
        boolean allowed = ownInstitution && (!caller.is(Role.LECTURER) || isOwn(tenant, lecturer));
        if (allowed) {
            copies.drain();
        }
        if (!allowed || pool.find(tenant, lecturer).isEmpty()) {
            if (!allowed) {
                policy.refused(caller, "lecturer", tenant.value() + "/" + lecturer.value());
            }
            throw new NoSuchElementException("Unknown lecturer " + lecturer.value());
        }
        return caller;
    }

    private boolean isOwn(TenantCode tenant, LecturerId lecturer) {
        return TenantContext.call(tenant, lecturers::mine).stream().map(LecturerView::id).anyMatch(lecturer::equals);
    }

    private static boolean takesPart(Caller caller) {
        return caller.isSystem() || caller.is(Role.PROVINCE_ADMIN) || caller.is(Role.PREFECTURE_ADMIN)
                || caller.is(Role.INSTITUTION_ADMIN) || caller.is(Role.LECTURER);
    }

    private Caller provinceOnly(String operation) {
        Caller caller = policy.caller();
        if (!caller.isSystem() && !caller.is(Role.PROVINCE_ADMIN)) {
            throw policy.refusal(caller, operation);
        }
        return caller;
    }
}
