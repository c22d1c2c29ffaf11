package cn.kaichuang.certificate;

import cn.kaichuang.cohort.CourseType;

/**
 * When a trainee of a course type has completed it (结业): the share of sessions attended, and
 * whether the exam and the business plan must be passed. GYB has no business plan; SYB ends
 * with one (the programme's practice documents).
 */
public record CompletionRule(CourseType courseType, int minAttendancePercent, boolean examRequired,
        boolean planRequired) {

    public CompletionRule {
        if (minAttendancePercent < 0 || minAttendancePercent > 100) {
            throw new IllegalArgumentException("attendance percent out of 0..100: " + minAttendancePercent);
        }
    }

    public static CompletionRule defaultFor(CourseType type) {
        return switch (type) {
            case GYB -> new CompletionRule(type, 80, true, false);
            case SYB, IYB, EYB -> new CompletionRule(type, 80, true, true);
            case ONLINE -> new CompletionRule(type, 90, true, false);
        };
    }
}
