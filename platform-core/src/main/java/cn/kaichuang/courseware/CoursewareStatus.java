package cn.kaichuang.courseware;

/** Only published courseware reaches institutions; withdrawn courseware no longer opens for them. */
public enum CoursewareStatus {
    DRAFT,
    PUBLISHED,
    WITHDRAWN
}
