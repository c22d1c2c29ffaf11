package cn.kaichuang.testsupport;

/**
 * SQL that puts a timetable session straight into an institution's schema, for tests of what
 * reads attendance before check-in exists to write it. Each session gets a lecturer of its own.
 */
public final class SessionRows {

    private SessionRows() {
    }

    /**
     * Parameters: cohort id, then the start expression's parameter twice (start and end).
     * Returns the session's id.
     */
    public static String insert(String schema, String startExpression) {
        return "with l as (insert into " + schema + ".lecturer (name, qualification_no) values ('测试讲师', 'T-'"
                + " || gen_random_uuid()) returning id) insert into " + schema + ".cohort_session (cohort_id,"
                + " starts_at, ends_at, topic, venue_address, venue_lat, venue_lon, lecturer_id) select ?, "
                + startExpression + ", " + startExpression + " + interval '3 hours', '课程', '长沙', 28.2, 112.9, l.id"
                + " from l returning id";
    }
}
