package cn.kaichuang.outreach;

import cn.kaichuang.audit.AuditEvent;
import cn.kaichuang.audit.AuditTrail;
import cn.kaichuang.identity.Caller;
import cn.kaichuang.outreach.internal.EventTable;
import cn.kaichuang.outreach.internal.OutreachTransaction;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Entrepreneurship events (FS-1) with registration up to the capacity, then a waiting list whose
 * first entry moves up when a registered trainee cancels; staff check trainees in at the event
 * from the list of registrations. The registrations are the participation record.
 */
@Service
public class Events {

    public record NewEvent(String title, String description, String place, Instant startsAt, Instant endsAt,
            int capacity) {
    }

    public record Event(long id, String title, String description, String place, Instant startsAt, Instant endsAt,
            int capacity, long registered, long waiting) {

        public long seatsLeft() {
            return Math.max(0, capacity - registered);
        }
    }

    public enum Status {
        REGISTERED, WAITING, CANCELLED
    }

    public record Registration(long id, long eventId, String tenant, String username, String displayName,
            Status status, Instant registeredAt, @Nullable Instant checkedInAt) {
    }

    private final EventTable table;
    private final OutreachTransaction transaction;
    private final OutreachAccess access;
    private final AuditTrail audit;
    private final Clock clock;

    Events(EventTable table, OutreachTransaction transaction, OutreachAccess access, AuditTrail audit,
            Optional<Clock> clock) {
        this.table = table;
        this.transaction = transaction;
        this.access = access;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    public long create(NewEvent event) {
        Caller caller = access.requireCurator("event.create");
        String title = Texts.required(event.title(), 200, "outreach.error.title");
        String place = Texts.required(event.place(), 200, "outreach.error.place");
        String description = Texts.optional(event.description(), 2000, "outreach.error.description");
        if (!event.endsAt().isAfter(event.startsAt())) {
            throw new OutreachException("outreach.error.times");
        }
        if (event.capacity() < 1 || event.capacity() > 10_000) {
            throw new OutreachException("outreach.error.capacity", "10000");
        }
        return transaction.call(() -> {
            long id = table.insert(title, description, place, event.startsAt(), event.endsAt(), event.capacity(),
                    caller.username(), clock.instant());
            audit.recordPlatform(AuditEvent.created("event", id, title));
            return id;
        });
    }

    /** Events not yet over, soonest first: for everyone signed in. */
    public List<Event> upcoming() {
        access.caller();
        return table.endingAfter(clock.instant()).stream().map(Events::event).toList();
    }

    /** Every event, latest first, for the curators. */
    public List<Event> all() {
        access.requireCurator("event.list");
        return table.all().stream().map(Events::event).toList();
    }

    public Optional<Event> find(long id) {
        access.caller();
        return table.find(id).map(Events::event);
    }

    /**
     * Registers the calling trainee: a seat while there are any, else a place on the waiting list.
     *
     * @throws OutreachException if already registered or waiting, or the event has begun
     */
    public Registration register(long eventId) {
        Participant me = access.requireTrainee("event.register");
        return transaction.call(() -> {
            EventTable.Row event = table.lock(eventId)
                    .orElseThrow(() -> new OutreachException("outreach.error.not-found", String.valueOf(eventId)));
            if (!clock.instant().isBefore(event.startsAt())) {
                throw new OutreachException("outreach.error.event-started", event.title());
            }
            if (table.active(eventId, me.tenant(), me.username()).isPresent()) {
                throw new OutreachException("outreach.error.already-registered", event.title());
            }
            Status status = event.registered() < event.capacity() ? Status.REGISTERED : Status.WAITING;
            long id = table.register(eventId, me.tenant(), me.username(), me.displayName(), status.name(),
                    clock.instant());
            audit.recordPlatform(AuditEvent.changed("event.registered", "event", eventId, null,
                    me.tenant() + "/" + me.username() + " " + status));
            return registration(table.registration(id).orElseThrow());
        });
    }

    /**
     * Cancels the calling trainee's registration; a freed seat goes to the first on the waiting list.
     *
     * @return the registration promoted to the freed seat, if any
     */
    public Optional<Registration> cancel(long eventId) {
        Participant me = access.requireTrainee("event.cancel");
        return transaction.call(() -> {
            table.lock(eventId)
                    .orElseThrow(() -> new OutreachException("outreach.error.not-found", String.valueOf(eventId)));
            EventTable.RegistrationRow mine = table.active(eventId, me.tenant(), me.username())
                    .orElseThrow(() -> new OutreachException("outreach.error.not-registered"));
            table.setStatus(mine.id(), Status.CANCELLED.name());
            audit.recordPlatform(AuditEvent.changed("event.cancelled", "event", eventId, mine.status(),
                    me.tenant() + "/" + me.username() + " CANCELLED"));
            if (!Status.REGISTERED.name().equals(mine.status())) {
                return Optional.<Registration>empty();
            }
            return table.firstWaiting(eventId).map(next -> {
                table.setStatus(next.id(), Status.REGISTERED.name());
                audit.recordPlatform(AuditEvent.changed("event.promoted", "event", eventId, "WAITING",
                        next.tenant() + "/" + next.username() + " REGISTERED"));
                return registration(table.registration(next.id()).orElseThrow());
            });
        });
    }

    /** The calling trainee's registrations, latest first. */
    public List<Registration> mine() {
        Participant me = access.requireTrainee("event.mine");
        return table.of(me.tenant(), me.username()).stream().map(Events::registration).toList();
    }

    /** Everyone registered or waiting, in order of registration: the staff's check-in list. */
    public List<Registration> registrations(long eventId) {
        access.requireCurator("event.registrations");
        return table.registrations(eventId).stream().map(Events::registration).toList();
    }

    /** Staff check a registered trainee in at the event. */
    public Registration checkIn(long registrationId) {
        Caller caller = access.requireCurator("event.check-in");
        return transaction.call(() -> {
            EventTable.RegistrationRow row = table.registration(registrationId)
                    .orElseThrow(() -> new OutreachException("outreach.error.not-found", String.valueOf(registrationId)));
            if (!Status.REGISTERED.name().equals(row.status())) {
                throw new OutreachException("outreach.error.not-registered");
            }
            if (row.checkedInAt() == null) {
                table.checkIn(registrationId, caller.username(), clock.instant());
                audit.recordPlatform(AuditEvent.changed("event.checked-in", "event", row.eventId(), null,
                        row.tenant() + "/" + row.username()));
            }
            return registration(table.registration(registrationId).orElseThrow());
        });
    }

    private static Event event(EventTable.Row row) {
        return new Event(row.id(), row.title(), row.description(), row.place(), row.startsAt(), row.endsAt(),
                row.capacity(), row.registered(), row.waiting());
    }

    private static Registration registration(EventTable.RegistrationRow row) {
        return new Registration(row.id(), row.eventId(), row.tenant(), row.username(), row.displayName(),
                Status.valueOf(row.status()), row.registeredAt(), row.checkedInAt());
    }
}
