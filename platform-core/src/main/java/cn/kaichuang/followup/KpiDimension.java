package cn.kaichuang.followup;

/** What outcome KPIs are grouped by. */
public enum KpiDimension {
    INSTITUTION, PREFECTURE, COURSE_TYPE, LECTURER
}
