package cn.kaichuang.outreach;

import cn.kaichuang.audit.AuditEvent;
import cn.kaichuang.audit.AuditTrail;
import cn.kaichuang.identity.Caller;
import cn.kaichuang.outreach.internal.MentorTable;
import cn.kaichuang.outreach.internal.MentorTable.BookingRow;
import cn.kaichuang.outreach.internal.MentorTable.QuestionRow;
import cn.kaichuang.outreach.internal.MentorTable.SlotRow;
import cn.kaichuang.outreach.internal.OutreachTransaction;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Mentor consultation (FS-1): mentors' profiles and the time slots they offer, trainees' bookings
 * and written questions, the mentor's notes and answers, the trainee's rating (1–5); the province
 * sees each mentor's workload. Only the mentor a booking or question is addressed to may answer it,
 * only the trainee who made it may cancel or rate it.
 */
@Service
public class Mentoring {

    public record Mentor(String username, String tenant, String name, String specialities, String bio) {
    }

    public record Slot(long id, String mentor, Instant startsAt, Instant endsAt, boolean booked) {
    }

    public enum BookingStatus {
        BOOKED, CANCELLED, HELD
    }

    public record Booking(long id, long slotId, String mentor, Instant startsAt, Instant endsAt, String tenant,
            String username, String displayName, String topic, BookingStatus status, String notes,
            @Nullable Integer rating) {
    }

    public record Question(long id, String mentor, String tenant, String username, String displayName,
            String question, Instant askedAt, @Nullable String answer, @Nullable Instant answeredAt,
            @Nullable Integer rating) {

        public boolean answered() {
            return answer != null;
        }
    }

    public record Workload(String mentor, String name, long bookings, long questions, long answered,
            @Nullable Double averageRating) {
    }

    static final Duration LONGEST_SLOT = Duration.ofHours(4);

    private final MentorTable table;
    private final OutreachTransaction transaction;
    private final OutreachAccess access;
    private final AuditTrail audit;
    private final Clock clock;

    Mentoring(MentorTable table, OutreachTransaction transaction, OutreachAccess access, AuditTrail audit,
            Optional<Clock> clock) {
        this.table = table;
        this.transaction = transaction;
        this.access = access;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    /** The calling mentor's own profile, created on first save. */
    public Mentor saveProfile(String name, String specialities, String bio) {
        Caller caller = access.requireMentor("mentor.profile");
        String clean = Texts.required(name, 100, "outreach.error.name");
        String topics = Texts.optional(specialities, 300, "outreach.error.specialities");
        String about = Texts.optional(bio, 2000, "outreach.error.description");
        transaction.run(() -> {
            table.upsertMentor(caller.username(), String.valueOf(caller.tenant()), clean, topics, about, clock.instant());
            audit.recordPlatform(AuditEvent.changed("mentor.profile", "mentor", caller.username(), null, topics));
        });
        return myProfile().orElseThrow();
    }

    public Optional<Mentor> myProfile() {
        Caller caller = access.requireMentor("mentor.profile");
        return table.mentor(caller.username()).map(Mentoring::mentor);
    }

    /** Every mentor, by name: for everyone signed in. */
    public List<Mentor> mentors() {
        access.caller();
        return table.mentors().stream().map(Mentoring::mentor).toList();
    }

    /**
     * The calling mentor offers a time slot.
     *
     * @throws OutreachException if it is in the past, too long, or overlaps one of their slots
     */
    public Slot offer(Instant startsAt, Instant endsAt) {
        return offerAs(access.requireMentor("mentor.offer").username(), startsAt, endsAt);
    }

    /** The province opens a slot in a mentor's diary (the demo data and mentors without a login yet). */
    public Slot offerFor(String mentor, Instant startsAt, Instant endsAt) {
        access.requireProvince("mentor.offer");
        return offerAs(mentor, startsAt, endsAt);
    }

    /** The province registers a mentor's profile (a mentor's first login may also create it). */
    public Mentor register(String username, String tenant, String name, String specialities, String bio) {
        access.requireProvince("mentor.register");
        String clean = Texts.required(name, 100, "outreach.error.name");
        String topics = Texts.optional(specialities, 300, "outreach.error.specialities");
        String about = Texts.optional(bio, 2000, "outreach.error.description");
        transaction.run(() -> {
            table.upsertMentor(username, tenant, clean, topics, about, clock.instant());
            audit.recordPlatform(AuditEvent.changed("mentor.profile", "mentor", username, null, topics));
        });
        return table.mentor(username).map(Mentoring::mentor).orElseThrow();
    }

    private Slot offerAs(String mentor, Instant startsAt, Instant endsAt) {
        if (!endsAt.isAfter(startsAt) || Duration.between(startsAt, endsAt).compareTo(LONGEST_SLOT) > 0) {
            throw new OutreachException("outreach.error.slot-times", String.valueOf(LONGEST_SLOT.toHours()));
        }
        if (!startsAt.isAfter(clock.instant())) {
            throw new OutreachException("outreach.error.slot-past");
        }
        return transaction.call(() -> {
            if (table.mentor(mentor).isEmpty()) {
                throw new OutreachException("outreach.error.no-profile");
            }
            table.lockMentor(mentor);
            if (table.overlappingSlot(mentor, startsAt, endsAt)) {
                throw new OutreachException("outreach.error.slot-overlap");
            }
            long id = table.insertSlot(mentor, startsAt, endsAt, clock.instant());
            audit.recordPlatform(AuditEvent.created("mentor-slot", id, mentor + " " + startsAt));
            return slot(table.slot(id, false).orElseThrow());
        });
    }

    /** A mentor's slots still to come that nobody has booked. */
    public List<Slot> openSlots(String mentor) {
        access.caller();
        return table.slots(mentor, clock.instant()).stream().filter(s -> s.bookingId() == null)
                .filter(s -> s.startsAt().isAfter(clock.instant())).map(Mentoring::slot).toList();
    }

    /** The calling mentor's coming slots, booked or not. */
    public List<Slot> mySlots() {
        Caller caller = access.requireMentor("mentor.slots");
        return table.slots(caller.username(), clock.instant()).stream().map(Mentoring::slot).toList();
    }

    /**
     * The calling trainee books a slot.
     *
     * @throws OutreachException if the slot is taken or past, or the trainee has a booking at that time
     */
    public Booking book(long slotId, String topic) {
        Participant me = access.requireTrainee("mentor.book");
        String what = Texts.required(topic, 500, "outreach.error.topic");
        try {
            return transaction.call(() -> {
                SlotRow slot = table.slot(slotId, true)
                        .orElseThrow(() -> new OutreachException("outreach.error.not-found", String.valueOf(slotId)));
                if (!slot.startsAt().isAfter(clock.instant())) {
                    throw new OutreachException("outreach.error.slot-past");
                }
                if (slot.bookingId() != null) {
                    throw new OutreachException("outreach.error.slot-taken");
                }
                if (table.traineeBusy(me.tenant(), me.username(), slot.startsAt(), slot.endsAt())) {
                    throw new OutreachException("outreach.error.booking-conflict");
                }
                long id = table.insertBooking(slotId, me.tenant(), me.username(), me.displayName(), what,
                        clock.instant());
                audit.recordPlatform(AuditEvent.changed("mentor.booked", "mentor-slot", slotId, null,
                        me.tenant() + "/" + me.username()));
                return booking(table.booking(id).orElseThrow());
            });
        } catch (DuplicateKeyException e) {
            // Two trainees at the same moment: the unique index keeps the slot to the first.
            throw new OutreachException("outreach.error.slot-taken");
        }
    }

    /** The calling trainee cancels their own booking before it starts; the slot is free again. */
    public void cancel(long bookingId) {
        Participant me = access.requireTrainee("mentor.cancel");
        BookingRow row = ownBooking(me, bookingId);
        if (!BookingStatus.BOOKED.name().equals(row.status()) || !row.startsAt().isAfter(clock.instant())) {
            throw new OutreachException("outreach.error.booking-state");
        }
        transaction.run(() -> {
            table.updateBooking(bookingId, BookingStatus.CANCELLED.name(), row.notes(), null);
            audit.recordPlatform(AuditEvent.changed("mentor.cancelled", "mentor-booking", bookingId, "BOOKED", "CANCELLED"));
        });
    }

    /** The booked mentor records that the consultation took place, with notes. */
    public Booking recordConsultation(long bookingId, String notes) {
        Caller caller = access.requireMentor("mentor.record");
        String text = Texts.required(notes, 2000, "outreach.error.notes");
        BookingRow row = table.booking(bookingId).filter(b -> b.mentor().equals(caller.username()))
                .orElseThrow(() -> access.notFound(caller, "mentor-booking", bookingId));
        if (BookingStatus.CANCELLED.name().equals(row.status())) {
            throw new OutreachException("outreach.error.booking-state");
        }
        return transaction.call(() -> {
            table.updateBooking(bookingId, BookingStatus.HELD.name(), text, row.rating());
            audit.recordPlatform(AuditEvent.changed("mentor.held", "mentor-booking", bookingId, row.status(), "HELD"));
            return booking(table.booking(bookingId).orElseThrow());
        });
    }

    /** The calling trainee rates a consultation that took place. */
    public void rateBooking(long bookingId, int rating) {
        Participant me = access.requireTrainee("mentor.rate");
        checkRating(rating);
        BookingRow row = ownBooking(me, bookingId);
        if (!BookingStatus.HELD.name().equals(row.status())) {
            throw new OutreachException("outreach.error.not-held");
        }
        transaction.run(() -> {
            table.updateBooking(bookingId, row.status(), row.notes(), rating);
            audit.recordPlatform(AuditEvent.changed("mentor.rated", "mentor-booking", bookingId, row.rating(), rating));
        });
    }

    /** The calling trainee asks a mentor a written question. */
    public Question ask(String mentor, String question) {
        Participant me = access.requireTrainee("mentor.ask");
        String text = Texts.required(question, 2000, "outreach.error.question");
        if (table.mentor(mentor).isEmpty()) {
            throw new OutreachException("outreach.error.not-found", mentor);
        }
        return transaction.call(() -> {
            long id = table.insertQuestion(mentor, me.tenant(), me.username(), me.displayName(), text, clock.instant());
            audit.recordPlatform(AuditEvent.created("mentor-question", id, me.tenant() + "/" + me.username() + " → " + mentor));
            return question(table.question(id).orElseThrow());
        });
    }

    /** The mentor the question was addressed to answers it; anyone else gets "not found". */
    public Question answer(long questionId, String answer) {
        Caller caller = access.requireMentor("mentor.answer");
        String text = Texts.required(answer, 4000, "outreach.error.answer");
        QuestionRow row = table.question(questionId).filter(q -> q.mentor().equals(caller.username()))
                .orElseThrow(() -> access.notFound(caller, "mentor-question", questionId));
        if (row.answer() != null) {
            throw new OutreachException("outreach.error.answered");
        }
        return transaction.call(() -> {
            table.answer(questionId, text, clock.instant());
            audit.recordPlatform(AuditEvent.changed("mentor.answered", "mentor-question", questionId, null, caller.username()));
            return question(table.question(questionId).orElseThrow());
        });
    }

    /** The calling trainee rates an answer to their own question. */
    public void rateQuestion(long questionId, int rating) {
        Participant me = access.requireTrainee("mentor.rate");
        checkRating(rating);
        Caller caller = access.caller();
        QuestionRow row = table.question(questionId)
                .filter(q -> q.tenant().equals(me.tenant()) && q.username().equals(me.username()))
                .orElseThrow(() -> access.notFound(caller, "mentor-question", questionId));
        if (row.answer() == null) {
            throw new OutreachException("outreach.error.not-answered");
        }
        transaction.run(() -> {
            table.rateQuestion(questionId, rating);
            audit.recordPlatform(AuditEvent.changed("mentor.rated", "mentor-question", questionId, row.rating(), rating));
        });
    }

    public List<Booking> myBookings() {
        Participant me = access.requireTrainee("mentor.bookings");
        return table.bookingsOf(me.tenant(), me.username()).stream().map(Mentoring::booking).toList();
    }

    public List<Question> myQuestions() {
        Participant me = access.requireTrainee("mentor.questions");
        return table.questionsOf(me.tenant(), me.username()).stream().map(Mentoring::question).toList();
    }

    /** The calling mentor's bookings, latest first. */
    public List<Booking> bookingsForMe() {
        Caller caller = access.requireMentor("mentor.bookings");
        return table.bookingsOfMentor(caller.username()).stream().map(Mentoring::booking).toList();
    }

    /** The calling mentor's questions, unanswered first. */
    public List<Question> questionsForMe() {
        Caller caller = access.requireMentor("mentor.questions");
        return table.questionsOfMentor(caller.username()).stream().map(Mentoring::question).toList();
    }

    /** Bookings, questions, answers and the average rating per mentor, for the province and prefectures. */
    public List<Workload> workload() {
        access.requireCurator("mentor.workload");
        return table.workload().stream().map(w -> new Workload(w.mentor(), w.name(), w.bookings(), w.questions(),
                w.answered(), w.averageRating())).toList();
    }

    private BookingRow ownBooking(Participant me, long bookingId) {
        Caller caller = access.caller();
        return table.booking(bookingId)
                .filter(b -> b.tenant().equals(me.tenant()) && b.username().equals(me.username()))
                .orElseThrow(() -> access.notFound(caller, "mentor-booking", bookingId));
    }

    private static void checkRating(int rating) {
        if (rating < 1 || rating > 5) {
            throw new OutreachException("outreach.error.rating");
        }
    }

    private static Mentor mentor(MentorTable.MentorRow row) {
        return new Mentor(row.username(), row.tenant(), row.name(), row.specialities(), row.bio());
    }

    private static Slot slot(SlotRow row) {
        return new Slot(row.id(), row.mentor(), row.startsAt(), row.endsAt(), row.bookingId() != null);
    }

    private static Booking booking(BookingRow row) {
        return new Booking(row.id(), row.slotId(), row.mentor(), row.startsAt(), row.endsAt(), row.tenant(),
                row.username(), row.displayName(), row.topic(), BookingStatus.valueOf(row.status()), row.notes(),
                row.rating());
    }

    private static Question question(QuestionRow row) {
        return new Question(row.id(), row.mentor(), row.tenant(), row.username(), row.displayName(), row.question(),
                row.askedAt(), row.answer(), row.answeredAt(), row.rating());
    }
}
