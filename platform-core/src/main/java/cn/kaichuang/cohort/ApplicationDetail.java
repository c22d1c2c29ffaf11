package cn.kaichuang.cohort;

import java.util.List;

/** What an approver reads before deciding: the queue entry, the cohort, its application and timetable. */
public record ApplicationDetail(PendingApplication entry, CohortView cohort, CohortApplication application,
        List<SessionView> sessions, List<LecturerView> lecturers, List<TransitionView> history) {
}
