package cn.kaichuang.outreach;

import cn.kaichuang.audit.AuditEvent;
import cn.kaichuang.audit.AuditTrail;
import cn.kaichuang.identity.Caller;
import cn.kaichuang.identity.Regions;
import cn.kaichuang.outreach.internal.OutreachTransaction;
import cn.kaichuang.outreach.internal.ServiceTable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Entrepreneurship service resources (SV-3): a directory (创业担保贷款, 孵化基地, 创业场地 …) and the
 * trainees' requests for them, followed to an outcome: submitted → in progress → resolved or
 * declined, the last two with a note. The province handles every request, a prefecture those of
 * trainees of its region.
 */
@Service
public class ServiceResources {

    public record Resource(long id, String kind, String name, String description, String contact, String regionCode) {
    }

    public enum Status {
        SUBMITTED, IN_PROGRESS, RESOLVED, DECLINED;

        boolean canMoveTo(Status next) {
            return switch (this) {
                case SUBMITTED -> next != SUBMITTED;
                case IN_PROGRESS -> next == RESOLVED || next == DECLINED;
                case RESOLVED, DECLINED -> false;
            };
        }
    }

    public record Request(long id, long serviceId, String serviceName, String tenant, String username,
            String displayName, String regionCode, String note, Status status, String outcomeNote, Instant submittedAt,
            Instant updatedAt) {
    }

    private final ServiceTable table;
    private final OutreachTransaction transaction;
    private final OutreachAccess access;
    private final AuditTrail audit;
    private final Clock clock;

    ServiceResources(ServiceTable table, OutreachTransaction transaction, OutreachAccess access, AuditTrail audit,
            Optional<Clock> clock) {
        this.table = table;
        this.transaction = transaction;
        this.access = access;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    public long add(String kind, String name, String description, String contact) {
        Caller caller = access.requireCurator("service.add");
        String k = Texts.required(kind, 40, "outreach.error.kind");
        String n = Texts.required(name, 200, "outreach.error.title");
        String d = Texts.optional(description, 2000, "outreach.error.description");
        String c = Texts.optional(contact, 200, "outreach.error.contact");
        return transaction.call(() -> {
            long id = table.insert(k, n, d, c, OutreachAccess.regionOf(caller), clock.instant());
            audit.recordPlatform(AuditEvent.created("service", id, n));
            return id;
        });
    }

    /** The directory: for a trainee the services of the province and of their region; all for staff. */
    public List<Resource> directory() {
        Caller caller = access.caller();
        Optional<String> region = caller.is(cn.kaichuang.identity.Role.TRAINEE)
                ? Optional.of(access.participant(caller).regionCode()) : Optional.empty();
        return table.all().stream().filter(r -> region.map(own -> Regions.supervises(r.regionCode(), own)
                        || r.regionCode().equals(own)).orElse(true))
                .map(r -> new Resource(r.id(), r.kind(), r.name(), r.description(), r.contact(), r.regionCode()))
                .toList();
    }

    /** The calling trainee asks for a service. */
    public Request request(long serviceId, String note) {
        Participant me = access.requireTrainee("service.request");
        String text = Texts.required(note, 1000, "outreach.error.note");
        table.find(serviceId).orElseThrow(() -> new OutreachException("outreach.error.not-found", String.valueOf(serviceId)));
        return transaction.call(() -> {
            long id = table.request(serviceId, me.tenant(), me.username(), me.displayName(), me.regionCode(), text,
                    clock.instant());
            audit.recordPlatform(AuditEvent.created("service-request", id, me.tenant() + "/" + me.username()));
            return request(table.requestRow(id).orElseThrow());
        });
    }

    public List<Request> mine() {
        Participant me = access.requireTrainee("service.mine");
        return table.requestsOf(me.tenant(), me.username()).stream().map(ServiceResources::request).toList();
    }

    /** The requests the caller handles, open ones first. */
    public List<Request> requests() {
        Caller caller = access.requireCurator("service.requests");
        return table.requests().stream().filter(r -> OutreachAccess.covers(caller, r.regionCode()))
                .map(ServiceResources::request).toList();
    }

    /**
     * Moves a request on.
     *
     * @throws OutreachException if the move is not allowed from its state, or a closing move has no note
     */
    public Request update(long requestId, Status next, String note) {
        Caller caller = access.requireCurator("service.update");
        String text = Texts.optional(note, 1000, "outreach.error.note");
        ServiceTable.RequestRow row = table.requestRow(requestId).filter(r -> OutreachAccess.covers(caller, r.regionCode()))
                .orElseThrow(() -> access.notFound(caller, "service-request", requestId));
        Status current = Status.valueOf(row.status());
        if (!current.canMoveTo(next)) {
            throw new OutreachException("outreach.error.request-state", current.name());
        }
        if ((next == Status.RESOLVED || next == Status.DECLINED) && text.isEmpty()) {
            throw new OutreachException("outreach.error.outcome-note");
        }
        return transaction.call(() -> {
            table.update(requestId, next.name(), text.isEmpty() ? row.outcomeNote() : text, caller.username(),
                    clock.instant());
            audit.recordPlatform(AuditEvent.changed("service-request.updated", "service-request", requestId, current, next));
            return request(table.requestRow(requestId).orElseThrow());
        });
    }

    private static Request request(ServiceTable.RequestRow r) {
        return new Request(r.id(), r.serviceId(), r.serviceName(), r.tenant(), r.username(), r.displayName(),
                r.regionCode(), r.note(), Status.valueOf(r.status()), r.outcomeNote(), r.submittedAt(), r.updatedAt());
    }
}
