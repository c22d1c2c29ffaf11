package cn.kaichuang.outreach;

import cn.kaichuang.identity.AccessPolicy;
import cn.kaichuang.identity.Caller;
import cn.kaichuang.identity.Role;
import cn.kaichuang.outreach.internal.ParticipationTable;
import cn.kaichuang.tenancy.TenantCode;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Which follow-up services a trainee took part in (FS-1 "records who took part"): policy reads,
 * event registrations and check-ins, course study, mentor bookings and questions, live
 * attendance, service requests. For the trainee, their institution's admin and the authorities
 * over its region.
 */
@Service
public class Participation {

    public enum Kind {
        POLICY, EVENT, COURSE, MENTOR_BOOKING, MENTOR_QUESTION, LIVE, SERVICE
    }

    public record Entry(Kind kind, long subjectId, String title, String status, Instant at) {
    }

    private final ParticipationTable table;
    private final OutreachAccess access;

    Participation(ParticipationTable table, OutreachAccess access) {
        this.table = table;
        this.access = access;
    }

    /** The calling trainee's own record. */
    public List<Entry> mine() {
        Participant me = access.requireTrainee("participation.mine");
        return entries(me.tenant(), me.username());
    }

    /** One trainee's record; empty (the refusal recorded) for a caller who may not read that institution. */
    public List<Entry> of(String tenant, String username) {
        Caller caller = access.caller();
        AccessPolicy policy = access.policy();
        boolean allowed = caller.is(Role.TRAINEE) ? tenant.equals(caller.tenant()) && username.equals(caller.username())
                : (caller.isSystem() || caller.is(Role.PROVINCE_ADMIN) || caller.is(Role.PREFECTURE_ADMIN)
                        || caller.is(Role.INSTITUTION_ADMIN)) && policy.mayRead(caller, TenantCode.of(tenant));
        if (!allowed) {
            access.refused(caller, "participation", tenant + "/" + username);
            return List.of();
        }
        return entries(tenant, username);
    }

    private List<Entry> entries(String tenant, String username) {
        return table.of(tenant, username).stream()
                .map(r -> new Entry(Kind.valueOf(r.kind()), r.subjectId(), r.title(), r.status(), r.at())).toList();
    }
}
