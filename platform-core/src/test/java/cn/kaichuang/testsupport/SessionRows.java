package cn.kaichuang.testsupport;

/**
 * SQL that puts a timetable session straight into an institution's schema, for tests of what
 * reads attendance before check-in exists to write it. The session is taught by the
 * institution's first lecturer, or by one made for it when the institution has none.
 */
public final class SessionRows {

    private SessionRows() {
    }

    /**
     * Parameters: cohort id, then the start expression's parameter twice (start and end).
     * Returns the session's id.
     */
    public static String insert(String schema, String startExpression) {
        return "with existing as (select min(id) as id from " + schema + ".lecturer), made as (insert into " + schema
                + ".lecturer (name, qualification_no) select '测试讲师', 'T-' || gen_random_uuid()"
                + " where (select id from existing) is null returning id) insert into " + schema + ".cohort_session"
                + " (cohort_id, starts_at, ends_at, topic, venue_address, venue_lat, venue_lon, lecturer_id) select ?, "
                + startExpression + ", " + startExpression + " + interval '3 hours', '课程', '长沙', 28.2, 112.9,"
                + " coalesce((select id from existing), (select id from made)) returning id";
    }
}
