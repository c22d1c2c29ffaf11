package cn.kaichuang.supervision;

/** The figures the provincial console keeps per institution; the dimension each is split by in brackets. */
public enum ConsoleMetric {
    /** Institutions snapshotted [ALL]. */
    INSTITUTIONS,
    /** [status] */
    COHORTS_BY_STATUS,
    /** [course type] */
    COHORTS_BY_TYPE,
    /** [course type] */
    ENROLMENTS_BY_TYPE,
    /** [month of the cohort's start, yyyy-MM] */
    ENROLMENTS_BY_MONTH,
    /** Enrolments in cohorts that have ended by the snapshot date and were not withdrawn [course type]. */
    ENDED_ENROLMENTS_BY_TYPE,
    /** Enrolments in completed (or archived) cohorts: trainees who completed [course type]. */
    COMPLETED_ENROLMENTS_BY_TYPE,
    /** Registered trainees [ALL]. */
    TRAINEES,
    /** Registered lecturers [ALL]. */
    LECTURERS,
    /** Valid certificates [course type]. */
    CERTIFICATES_VALID,
    /** Revoked certificates [course type]. */
    CERTIFICATES_REVOKED,
    /** Certificates issued, valid or not [month of issue, yyyy-MM]. */
    CERTIFICATES_BY_MONTH;

    public static final String ALL = "ALL";
}
