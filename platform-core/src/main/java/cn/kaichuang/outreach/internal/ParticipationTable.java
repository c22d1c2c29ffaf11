package cn.kaichuang.outreach.internal;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Every follow-up service one trainee took part in, from the tables that record it. */
@Component
public class ParticipationTable {

    public record Row(String kind, long subjectId, String title, String status, Instant at) {
    }

    private final JdbcClient jdbc;

    ParticipationTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Row> of(String tenant, String username) {
        return jdbc.sql("""
                select 'POLICY', p.id, p.title, 'READ', r.first_read_at from platform.outreach_policy_read r
                  join platform.outreach_policy p on p.id = r.policy_id where r.tenant_code = :t and r.username = :u
                union all
                select 'EVENT', e.id, e.title, case when g.checked_in_at is not null then 'CHECKED_IN' else g.status end,
                  g.registered_at from platform.outreach_event_registration g
                  join platform.outreach_event e on e.id = g.event_id where g.tenant_code = :t and g.username = :u
                union all
                select 'COURSE', c.id, c.title, 'STUDIED', max(p.updated_at) from platform.outreach_course_progress p
                  join platform.outreach_course c on c.id = p.course_id where p.tenant_code = :t and p.username = :u
                  group by c.id, c.title
                union all
                select 'MENTOR_BOOKING', b.id, m.name, b.status, s.starts_at from platform.outreach_mentor_booking b
                  join platform.outreach_mentor_slot s on s.id = b.slot_id join platform.outreach_mentor m on m.username = s.mentor
                  where b.tenant_code = :t and b.username = :u
                union all
                select 'MENTOR_QUESTION', q.id, m.name, case when q.answer is null then 'ASKED' else 'ANSWERED' end, q.asked_at
                  from platform.outreach_mentor_question q join platform.outreach_mentor m on m.username = q.mentor
                  where q.tenant_code = :t and q.username = :u
                union all
                select 'LIVE', l.id, l.title, 'ATTENDED', a.joined_at from platform.outreach_live_attendance a
                  join platform.outreach_live l on l.id = a.live_id where a.tenant_code = :t and a.username = :u
                union all
                select 'SERVICE', s.id, s.name, r.status, r.submitted_at from platform.outreach_service_request r
                  join platform.outreach_service s on s.id = r.service_id where r.tenant_code = :t and r.username = :u
                order by 5 desc
                """).param("t", tenant).param("u", username)
                .query((rs, n) -> new Row(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant())).list();
    }

}
