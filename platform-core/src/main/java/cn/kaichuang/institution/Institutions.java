package cn.kaichuang.institution;

import cn.kaichuang.audit.AuditEvent;
import cn.kaichuang.audit.AuditTrail;
import cn.kaichuang.cohort.CourseType;
import cn.kaichuang.identity.AccessPolicy;
import cn.kaichuang.identity.Caller;
import cn.kaichuang.identity.Role;
import cn.kaichuang.institution.internal.ProfileTable;
import cn.kaichuang.institution.internal.ProfileTransaction;
import cn.kaichuang.supervision.SupervisedInstitutions;
import cn.kaichuang.tenancy.TenantCode;
import cn.kaichuang.tenancy.TenantProvisioning;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Institutions with their profiles. Supervisors see those they supervise (the province all, a
 * prefecture its region); an institution admin edits their own profile and nobody else's; the
 * province approves course types and suspends or resumes an institution, with a reason.
 */
@Service
public class Institutions {

    private final SupervisedInstitutions supervised;
    private final ProfileTable profiles;
    private final ProfileTransaction transaction;
    private final TenantProvisioning provisioning;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final Clock clock;

    Institutions(SupervisedInstitutions supervised, ProfileTable profiles, ProfileTransaction transaction,
            TenantProvisioning provisioning, AccessPolicy policy, AuditTrail audit, Optional<Clock> clock) {
        this.supervised = supervised;
        this.profiles = profiles;
        this.transaction = transaction;
        this.provisioning = provisioning;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    /** The institutions the caller supervises (or works for), with profiles. */
    public List<Institution> visible() {
        Map<TenantCode, InstitutionProfile> all = profiles.all().stream()
                .collect(Collectors.toMap(InstitutionProfile::tenant, Function.identity()));
        return supervised.visible().stream()
                .map(s -> new Institution(s.tenant(), all.getOrDefault(s.tenant().code(),
                        InstitutionProfile.empty(s.tenant().code())), s.statistics()))
                .toList();
    }

    /** Empty for an unknown code and for an institution the caller may not see alike (the latter recorded). */
    public Optional<Institution> find(TenantCode code) {
        return supervised.find(code).map(s -> new Institution(s.tenant(),
                profiles.find(code).orElseGet(() -> InstitutionProfile.empty(code)), s.statistics()));
    }

    /** The profile of the institution the caller works for. */
    public Optional<InstitutionProfile> own() {
        return policy.caller().tenantCode().map(code -> profiles.find(code).orElseGet(() -> InstitutionProfile.empty(code)));
    }

    /** Only the institution's own admin (or the platform) edits its profile. */
    public InstitutionProfile update(TenantCode code, ProfileChange change) {
        Caller caller = policy.caller();
        boolean own = caller.is(Role.INSTITUTION_ADMIN) && code.value().equals(caller.tenant());
        if (!caller.isSystem() && !own) {
            throw policy.refusal(caller, "institution.profile.update");
        }
        return transaction.call(() -> {
            InstitutionProfile before = current(code);
            profiles.saveOwn(code, change, caller.username(), clock.instant());
            InstitutionProfile after = current(code);
            audit.recordPlatform(AuditEvent.changed("institution.profile.updated", "institution", code.value(),
                    before, after));
            return after;
        });
    }

    /** The province's list of course types the institution may run (目录清单). */
    public InstitutionProfile approveCourseTypes(TenantCode code, Set<CourseType> types) {
        Caller caller = provinceOnly("institution.course-types.approve");
        requireKnown(code);
        return transaction.call(() -> {
            InstitutionProfile before = current(code);
            profiles.approve(code, types, caller.username(), clock.instant());
            InstitutionProfile after = current(code);
            audit.recordPlatform(AuditEvent.changed("institution.course-types.approved", "institution", code.value(),
                    before.approvedCourseTypes(), after.approvedCourseTypes()));
            return after;
        });
    }

    /** Stops the institution's logins and jobs; the reason is kept and shown to supervisors. */
    public void suspend(TenantCode code, String reason) {
        Caller caller = provinceOnly("institution.suspend");
        String why = reason.strip();
        if (why.isEmpty() || why.length() > 500) {
            throw new IllegalArgumentException("A suspension needs a reason of at most 500 characters");
        }
        requireKnown(code);
        transaction.call(() -> {
            provisioning.suspend(code);
            profiles.suspend(code, new Suspension(why, caller.username(), clock.instant()));
            audit.recordPlatform(AuditEvent.changed("institution.suspended", "institution", code.value(), null, why));
            return null;
        });
    }

    public void resume(TenantCode code) {
        provinceOnly("institution.resume");
        requireKnown(code);
        transaction.call(() -> {
            provisioning.resume(code);
            profiles.resume(code);
            audit.recordPlatform(AuditEvent.changed("institution.resumed", "institution", code.value(), null, null));
            return null;
        });
    }

    private InstitutionProfile current(TenantCode code) {
        return profiles.find(code).orElseGet(() -> InstitutionProfile.empty(code));
    }

    private Caller provinceOnly(String operation) {
        Caller caller = policy.caller();
        if (!caller.isSystem() && !caller.is(Role.PROVINCE_ADMIN)) {
            throw policy.refusal(caller, operation);
        }
        return caller;
    }

    private void requireKnown(TenantCode code) {
        if (supervised.find(code).isEmpty()) {
            throw new NoSuchElementException("Unknown institution " + code.value());
        }
    }
}
