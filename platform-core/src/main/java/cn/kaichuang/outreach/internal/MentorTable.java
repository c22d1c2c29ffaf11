package cn.kaichuang.outreach.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Mentors, their slots, bookings and written questions in {@code platform}. */
@Component
public class MentorTable {

    public record MentorRow(String username, String tenant, String name, String specialities, String bio) {
    }

    public record SlotRow(long id, String mentor, Instant startsAt, Instant endsAt, @Nullable Long bookingId) {
    }

    public record BookingRow(long id, long slotId, String mentor, Instant startsAt, Instant endsAt, String tenant,
            String username, String displayName, String topic, String status, String notes, @Nullable Integer rating) {
    }

    public record QuestionRow(long id, String mentor, String tenant, String username, String displayName,
            String question, Instant askedAt, @Nullable String answer, @Nullable Instant answeredAt,
            @Nullable Integer rating) {
    }

    public record Workload(String mentor, String name, long bookings, long questions, long answered,
            @Nullable Double averageRating) {
    }

    private static final String BOOKING = "b.id, b.slot_id, s.mentor, s.starts_at, s.ends_at, b.tenant_code, b.username,"
            + " b.display_name, b.topic, b.status, b.mentor_notes, b.rating from platform.outreach_mentor_booking b"
            + " join platform.outreach_mentor_slot s on s.id = b.slot_id";
    private static final String QUESTION = "id, mentor, tenant_code, username, display_name, question, asked_at, answer,"
            + " answered_at, rating from platform.outreach_mentor_question";

    private final JdbcClient jdbc;

    MentorTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void upsertMentor(String username, String tenant, String name, String specialities, String bio, Instant at) {
        jdbc.sql("insert into platform.outreach_mentor (username, tenant_code, name, specialities, bio, created_at)"
                        + " values (?, ?, ?, ?, ?, ?) on conflict (username) do update set tenant_code = excluded.tenant_code,"
                        + " name = excluded.name, specialities = excluded.specialities, bio = excluded.bio")
                .params(username, tenant, name, specialities, bio, Timestamp.from(at)).update();
    }

    public Optional<MentorRow> mentor(String username) {
        return jdbc.sql("select username, tenant_code, name, specialities, bio from platform.outreach_mentor where username = ?")
                .param(username).query((rs, n) -> new MentorRow(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5))).optional();
    }

    public List<MentorRow> mentors() {
        return jdbc.sql("select username, tenant_code, name, specialities, bio from platform.outreach_mentor order by name")
                .query((rs, n) -> new MentorRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5))).list();
    }

    /** Locks the mentor's row: slot changes and bookings of one mentor queue up. */
    public void lockMentor(String username) {
        jdbc.sql("select username from platform.outreach_mentor where username = ? for update").param(username)
                .query(String.class).optional();
    }

    public boolean overlappingSlot(String mentor, Instant startsAt, Instant endsAt) {
        return jdbc.sql("select count(*) from platform.outreach_mentor_slot where mentor = ? and starts_at < ?"
                        + " and ends_at > ?").params(mentor, Timestamp.from(endsAt), Timestamp.from(startsAt))
                .query(Long.class).single() > 0;
    }

    public long insertSlot(String mentor, Instant startsAt, Instant endsAt, Instant at) {
        return jdbc.sql("insert into platform.outreach_mentor_slot (mentor, starts_at, ends_at, created_at)"
                        + " values (?, ?, ?, ?) returning id")
                .params(mentor, Timestamp.from(startsAt), Timestamp.from(endsAt), Timestamp.from(at))
                .query(Long.class).single();
    }

    public Optional<SlotRow> slot(long id, boolean lock) {
        if (lock) {
            jdbc.sql("select id from platform.outreach_mentor_slot where id = ? for update").param(id).query(Long.class)
                    .optional();
        }
        return jdbc.sql("select s.id, s.mentor, s.starts_at, s.ends_at, (select b.id from platform.outreach_mentor_booking b"
                        + " where b.slot_id = s.id and b.status <> 'CANCELLED') from platform.outreach_mentor_slot s"
                        + " where s.id = ?").param(id).query(this::slot).optional();
    }

    public List<SlotRow> slots(String mentor, Instant after) {
        return jdbc.sql("select s.id, s.mentor, s.starts_at, s.ends_at, (select b.id from platform.outreach_mentor_booking b"
                        + " where b.slot_id = s.id and b.status <> 'CANCELLED') from platform.outreach_mentor_slot s"
                        + " where s.mentor = ? and s.ends_at > ? order by s.starts_at")
                .params(mentor, Timestamp.from(after)).query(this::slot).list();
    }

    /** Whether the trainee holds a booking at a time overlapping the given one. */
    public boolean traineeBusy(String tenant, String username, Instant startsAt, Instant endsAt) {
        return jdbc.sql("select count(*) from platform.outreach_mentor_booking b join platform.outreach_mentor_slot s"
                        + " on s.id = b.slot_id where b.tenant_code = ? and b.username = ? and b.status <> 'CANCELLED'"
                        + " and s.starts_at < ? and s.ends_at > ?")
                .params(tenant, username, Timestamp.from(endsAt), Timestamp.from(startsAt)).query(Long.class).single() > 0;
    }

    public long insertBooking(long slotId, String tenant, String username, String name, String topic, Instant at) {
        return jdbc.sql("insert into platform.outreach_mentor_booking (slot_id, tenant_code, username, display_name,"
                        + " topic, status, booked_at) values (?, ?, ?, ?, ?, 'BOOKED', ?) returning id")
                .params(slotId, tenant, username, name, topic, Timestamp.from(at)).query(Long.class).single();
    }

    public Optional<BookingRow> booking(long id) {
        return jdbc.sql("select " + BOOKING + " where b.id = ?").param(id).query(this::mapBooking).optional();
    }

    public List<BookingRow> bookingsOfMentor(String mentor) {
        return jdbc.sql("select " + BOOKING + " where s.mentor = ? order by s.starts_at desc").param(mentor)
                .query(this::mapBooking).list();
    }

    public List<BookingRow> bookingsOf(String tenant, String username) {
        return jdbc.sql("select " + BOOKING + " where b.tenant_code = ? and b.username = ? order by s.starts_at desc")
                .params(tenant, username).query(this::mapBooking).list();
    }

    public void updateBooking(long id, String status, String notes, @Nullable Integer rating) {
        jdbc.sql("update platform.outreach_mentor_booking set status = ?, mentor_notes = ?, rating = ? where id = ?")
                .params(status, notes, rating, id).update();
    }

    public long insertQuestion(String mentor, String tenant, String username, String name, String question, Instant at) {
        return jdbc.sql("insert into platform.outreach_mentor_question (mentor, tenant_code, username, display_name,"
                        + " question, asked_at) values (?, ?, ?, ?, ?, ?) returning id")
                .params(mentor, tenant, username, name, question, Timestamp.from(at)).query(Long.class).single();
    }

    public Optional<QuestionRow> question(long id) {
        return jdbc.sql("select " + QUESTION + " where id = ?").param(id).query(this::mapQuestion).optional();
    }

    public List<QuestionRow> questionsOfMentor(String mentor) {
        return jdbc.sql("select " + QUESTION + " where mentor = ? order by answered_at nulls first, asked_at desc")
                .param(mentor).query(this::mapQuestion).list();
    }

    public List<QuestionRow> questionsOf(String tenant, String username) {
        return jdbc.sql("select " + QUESTION + " where tenant_code = ? and username = ? order by asked_at desc")
                .params(tenant, username).query(this::mapQuestion).list();
    }

    public void answer(long id, String answer, Instant at) {
        jdbc.sql("update platform.outreach_mentor_question set answer = ?, answered_at = ? where id = ?")
                .params(answer, Timestamp.from(at), id).update();
    }

    public void rateQuestion(long id, int rating) {
        jdbc.sql("update platform.outreach_mentor_question set rating = ? where id = ?").params(rating, id).update();
    }

    public List<Workload> workload() {
        return jdbc.sql("select m.username, m.name,"
                + " (select count(*) from platform.outreach_mentor_booking b join platform.outreach_mentor_slot s on s.id = b.slot_id"
                + "   where s.mentor = m.username and b.status <> 'CANCELLED'),"
                + " (select count(*) from platform.outreach_mentor_question q where q.mentor = m.username),"
                + " (select count(*) from platform.outreach_mentor_question q where q.mentor = m.username and q.answer is not null),"
                + " (select cast(avg(r) as double precision) from (select b.rating as r from platform.outreach_mentor_booking b"
                + "   join platform.outreach_mentor_slot s on s.id = b.slot_id where s.mentor = m.username and b.rating is not null"
                + "   union all select q.rating from platform.outreach_mentor_question q where q.mentor = m.username"
                + "   and q.rating is not null) ratings)"
                + " from platform.outreach_mentor m order by m.name")
                .query((rs, n) -> new Workload(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5), rs.getObject(6, Double.class))).list();
    }

    private SlotRow slot(ResultSet rs, int n) throws SQLException {
        return new SlotRow(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(), rs.getTimestamp(4).toInstant(),
                rs.getObject(5, Long.class));
    }

    private BookingRow mapBooking(ResultSet rs, int n) throws SQLException {
        return new BookingRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getTimestamp(4).toInstant(),
                rs.getTimestamp(5).toInstant(), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                rs.getString(10), rs.getString(11), rs.getObject(12, Integer.class));
    }

    private QuestionRow mapQuestion(ResultSet rs, int n) throws SQLException {
        Timestamp answered = rs.getTimestamp(9);
        return new QuestionRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getTimestamp(7).toInstant(), rs.getString(8),
                answered == null ? null : answered.toInstant(), rs.getObject(10, Integer.class));
    }
}
