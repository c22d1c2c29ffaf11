package cn.kaichuang.lecturer;

/** Whether lecturers attend a development activity online (a URL) or offline (a venue). */
public enum ActivityMode {
    ONLINE,
    OFFLINE
}
