package cn.kaichuang.outreach;

import cn.kaichuang.cohort.CohortView;
import cn.kaichuang.cohort.Cohorts;
import cn.kaichuang.cohort.CourseType;
import cn.kaichuang.cohort.Trainees;
import cn.kaichuang.identity.AccessPolicy;
import cn.kaichuang.identity.Caller;
import cn.kaichuang.identity.Regions;
import cn.kaichuang.identity.Role;
import cn.kaichuang.tenancy.TenantCode;
import cn.kaichuang.tenancy.TenantContext;
import cn.kaichuang.tenancy.TenantDirectory;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Who may do what with follow-up services: the province (and the platform) curates everything,
 * a prefecture curates what concerns its region, trainees take part as themselves, mentors
 * answer as themselves. Refusals are recorded by {@link AccessPolicy}.
 */
@Component
class OutreachAccess {

    /** The region the province admin speaks for when publishing (湖南省). */
    static final String PROVINCE_REGION = "430000";

    private final AccessPolicy policy;
    private final TenantDirectory tenants;
    private final Trainees trainees;
    private final Cohorts cohorts;

    OutreachAccess(AccessPolicy policy, TenantDirectory tenants, Trainees trainees, Cohorts cohorts) {
        this.policy = policy;
        this.tenants = tenants;
        this.trainees = trainees;
        this.cohorts = cohorts;
    }

    Caller caller() {
        return policy.caller();
    }

    static boolean province(Caller caller) {
        return caller.isSystem() || caller.is(Role.PROVINCE_ADMIN);
    }

    static boolean curator(Caller caller) {
        return province(caller) || caller.is(Role.PREFECTURE_ADMIN) && caller.regionCode() != null;
    }

    /** The region a curator speaks for: the province's, or the prefecture's own. */
    static String regionOf(Caller caller) {
        return province(caller) ? PROVINCE_REGION : String.valueOf(caller.regionCode());
    }

    /** Whether a curator may act on something issued for {@code region}. */
    static boolean covers(Caller caller, String region) {
        return province(caller) || Regions.supervises(caller.regionCode(), region);
    }

    Caller requireProvince(String operation) {
        Caller caller = caller();
        if (!province(caller)) {
            throw policy.refusal(caller, operation);
        }
        return caller;
    }

    Caller requireCurator(String operation) {
        Caller caller = caller();
        if (!curator(caller)) {
            throw policy.refusal(caller, operation);
        }
        return caller;
    }

    Caller requireMentor(String operation) {
        Caller caller = caller();
        if (!caller.is(Role.MENTOR)) {
            throw policy.refusal(caller, operation);
        }
        return caller;
    }

    /** The calling trainee as a participant; anyone else is refused. */
    Participant requireTrainee(String operation) {
        Caller caller = caller();
        if (!caller.is(Role.TRAINEE) || caller.tenant() == null) {
            throw policy.refusal(caller, operation);
        }
        return participant(caller);
    }

    Participant participant(Caller caller) {
        TenantCode tenant = TenantCode.of(String.valueOf(caller.tenant()));
        String region = tenants.find(tenant).map(t -> t.regionCode()).orElse("000000");
        Set<CourseType> types = TenantContext.call(tenant, () -> trainees.findByUsername(caller.username())
                .map(me -> cohorts.enrolledBy(me.id()).stream().map(CohortView::courseType)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(CourseType.class))))
                .orElseGet(() -> EnumSet.noneOf(CourseType.class)));
        return new Participant(tenant.value(), caller.username(), caller.displayName(), region, types);
    }

    void refused(Caller caller, String subject, Object id) {
        policy.refused(caller, subject, id);
    }

    OutreachException notFound(Caller caller, String subject, Object id) {
        policy.refused(caller, subject, id);
        return new OutreachException("outreach.error.not-found", String.valueOf(id));
    }

    AccessPolicy policy() {
        return policy;
    }
}
